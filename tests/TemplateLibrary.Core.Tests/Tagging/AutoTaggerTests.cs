using System.Text.Json;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Tests.Tagging;

public class AutoTaggerTests
{
    private const string JointWasteReport = """
        Report to the Joint Waste Committee – 4 July 2019
        Purpose of the report
        To agree the recycling plan for the partnership. The joint committee was established under s101(5) of the
        Local Government Act 1972. Waste collection, recycling and street cleansing are overseen by the joint committee.
        Recommendations
        That the Committee approves the plan.
        Financial implications
        None.
        Background papers: none.
        """;

    [Fact]
    public void Analyze_EmptyText_IsUnknownEverywhere()
    {
        var result = TaggerFixture.Body(string.Empty);

        result.Category.Should().BeNull();
        result.Model.Should().BeNull();
        result.Type.Should().BeNull();
        result.Powers.Should().BeEmpty();
        result.Councils.Should().BeEmpty();
        result.Year.Should().BeNull();
    }

    [Fact]
    public void Analyze_WeakSingleCue_IsUnknownRatherThanAGuess()
    {
        var result = TaggerFixture.Body("We met to talk about the weather and the new canteen menu. Staff enjoyed the soup.");

        result.Category.Should().BeNull();
        result.Model.Should().BeNull();
    }

    [Fact]
    public void Analyze_ClearDocument_TagsAllFacetsConfidently()
    {
        var result = TaggerFixture.Body(JointWasteReport);

        result.Category!.Id.Should().Be("waste-environmental");
        result.Model!.Id.Should().Be("joint-committee");
        result.Type!.Id.Should().Be("committee-report");
        result.Category.Confidence.Should().BeInRange(0.6, 1);
        result.Model.Confidence.Should().BeInRange(0.6, 1);
        result.Type.Confidence.Should().BeInRange(0.6, 1);
    }

    [Fact]
    public void Analyze_MoreEvidence_RaisesConfidence()
    {
        var weak = TaggerFixture.Body("The recycling team met.");
        var strong = TaggerFixture.Body("The recycling team met to discuss waste collection, food waste, garden waste and street cleansing.");

        strong.Category!.Confidence.Should().BeGreaterThan(weak.Category?.Confidence ?? 0);
    }

    [Fact]
    public void Analyze_TitleHit_CountsMoreThanBodyHit()
    {
        var inTitle = TaggerFixture.Body("Some text about the arrangements.", "Internal audit");
        var inBody = TaggerFixture.Body("Some text about internal audit arrangements.", "Arrangements");

        inTitle.Category!.Confidence.Should().BeGreaterThan(inBody.Category!.Confidence);
    }

    [Fact]
    public void Analyze_Evidence_NamesPhraseZoneAndCount()
    {
        var result = TaggerFixture.Body(JointWasteReport);

        result.Model!.Evidence.Should().Contain(e => e.Where == "title" && e.Phrase == "Joint Waste Committee" && e.Count == 1);
        result.Model.Evidence.Should().Contain(e => e.Phrase.StartsWith("s101(5)", StringComparison.Ordinal));
        result.Type!.Evidence.Should().Contain(e => e.Phrase == "Purpose of the report");
    }

    [Fact]
    public void Analyze_DocumentCoveringSeveralServices_ReportsSecondaryCategories()
    {
        var result = TaggerFixture.Body(
            "Shared environmental health and licensing service. Food hygiene inspections, taxi licensing and trading standards. " +
            "The same team also handles homelessness and housing options, temporary accommodation and housing register work.",
            "Public protection and housing options shared service");

        result.Category.Should().NotBeNull();
        result.SecondaryCategories.Select(c => c.Id).Should().Contain(new[] { "regulatory-services", "housing" }.Where(id => id != result.Category!.Id));
        result.SecondaryCategories.Should().HaveCountLessThanOrEqualTo(2);
    }

    [Fact]
    public void Analyze_SeveralBackOfficeServices_IsCorporateBackOffice()
    {
        var result = TaggerFixture.Body(
            "The councils will share finance, HR, ICT, legal and procurement services. Internal audit and payroll are included. " +
            "Legal services, the ICT service desk and the HR and payroll team will move first.",
            "Shared back office services");

        result.Category!.Id.Should().Be("corporate-back-office");
    }

    [Fact]
    public void Tag_ExtractedDocument_MapsToAutoTagsWithEvidence()
    {
        var document = new ExtractedDocument
        {
            Format = "txt",
            Title = "Joint Waste Committee report",
            Text = JointWasteReport + "\nNorthmere District Council and Westshire CC.",
            Headings = [new DocumentHeading(1, "Purpose of the report")],
        };

        var tags = TaggerFixture.Tagger.Tag(document);

        tags.Should().OnlyContain(t => t.Source == TagSource.Auto && t.Confidence > 0 && t.Confidence <= 1 && t.Evidence != null);
        tags.Should().Contain(t => t.Facet == FacetNames.Category && t.Value == "waste-environmental");
        tags.Should().Contain(t => t.Facet == FacetNames.Power && t.Value == "lga1972-s101");
        tags.Should().Contain(t => t.Facet == FacetNames.Council && t.Value == "Westshire County Council");
        tags.Should().Contain(t => t.Facet == FacetNames.Year && t.Value == "2019");
        var modelEvidence = tags.Single(t => t.Facet == FacetNames.Model).Evidence;
        modelEvidence.Should().Contain("title: \"Joint Waste Committee\" \u00d71");
        modelEvidence.Should().MatchRegex("^\\w+: \".+\" \u00d7\\d+(; \\w+: \".+\" \u00d7\\d+)*$");
    }

    [Fact]
    public void Tag_UnknownFacets_GiveNoTag()
    {
        var tags = TaggerFixture.Tagger.Tag(new ExtractedDocument { Format = "txt", Text = "Lunch is at one." });

        tags.Should().NotContain(t => t.Facet == FacetNames.Category || t.Facet == FacetNames.Model || t.Facet == FacetNames.Type);
    }

    [Fact]
    public void ToJson_Result_HasContractShapeWithNullUnknowns()
    {
        var json = TaggerFixture.Body("THIS AGREEMENT is made under section 113 of the Local Government Act 1972. WHEREAS the Parties agree.").ToJson();

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        root.GetProperty("category").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("type").GetProperty("id").GetString().Should().Be("legal-agreement");
        root.GetProperty("type").GetProperty("label").GetString().Should().Be("Legal agreement");
        root.GetProperty("type").GetProperty("confidence").GetDouble().Should().BeInRange(0, 1);
        root.GetProperty("type").GetProperty("evidence")[0].GetProperty("phrase").GetString().Should().NotBeNullOrEmpty();
        root.GetProperty("type").GetProperty("evidence")[0].GetProperty("where").GetString().Should().NotBeNullOrEmpty();
        root.GetProperty("type").GetProperty("evidence")[0].GetProperty("count").GetInt32().Should().BePositive();
        root.GetProperty("powers")[0].GetProperty("id").GetString().Should().Be("lga1972-s113");
        root.GetProperty("secondaryCategories").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("councils").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Analyze_CustomTaxonomy_UsesItsCues()
    {
        var taxonomy = TemplateLibrary.Core.Taxonomy.Taxonomy.Parse("""
            { "facets": {
                "category": [ { "id": "bees", "label": "Bees", "cues": [ { "text": "beehive", "weight": 5 }, "honey" ] } ],
                "model": [], "type": [] } }
            """);

        var result = new AutoTagger(taxonomy).Analyze(new TaggingInput { Title = "Beehive inspections", Body = "Honey and beehive records." });

        result.Category!.Id.Should().Be("bees");
    }

    [Fact]
    public void Analyze_RegexCueWithAnchors_RunsOnlyWhereAnAnchorWordIs()
    {
        var taxonomy = TemplateLibrary.Core.Taxonomy.Taxonomy.Parse("""
            { "facets": {
              "category": [ { "id": "legal", "label": "Legal", "cues": [ { "regex": "shared\\s+\\w+\\s+team", "anchors": ["legal", "lawyers"], "weight": 5 } ] } ],
              "model": [], "type": [] } }
            """);
        var tagger = new AutoTagger(taxonomy);

        tagger.Analyze(new TaggingInput { Body = "A shared legal team serves both councils." }).Category!.Id.Should().Be("legal");
        tagger.Analyze(new TaggingInput { Body = "A shared waste team serves both councils." }).Category.Should().BeNull();
    }
}
