using TemplateLibrary.Core.Tagging;
using TaxonomyModel = TemplateLibrary.Core.Taxonomy.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public class DefaultTaxonomyTests
{
    private static readonly TaxonomyModel Taxonomy = TaxonomyModel.LoadDefault();

    [Fact]
    public void LoadDefault_Categories_AreTheFixedIdsInOrder()
    {
        Taxonomy.Terms(FacetNames.Category).Select(t => t.Id).Should().Equal(
            "legal", "ict-digital", "revenues-benefits", "finance-audit-fraud", "hr-payroll", "procurement",
            "waste-environmental", "regulatory-services", "planning-building-control", "housing", "customer-services",
            "adult-social-care-health", "childrens-education", "libraries-culture-leisure", "highways-transport-parking",
            "property-facilities", "emergency-planning-community-safety", "management-governance", "economic-development",
            "corporate-back-office");
    }

    [Fact]
    public void LoadDefault_ModelsAndTypes_AreTheFixedIds()
    {
        Taxonomy.Terms(FacetNames.Model).Select(t => t.Id).Should().Equal(
            "joint-committee", "lead-authority", "teckal-company", "joint-venture", "contracting", "secondment", "shared-management",
            "informal-collaboration", "service-integration", "private-contractor", "mutual", "trust");
        Taxonomy.Terms(FacetNames.Type).Select(t => t.Id).Should().Equal(
            "mou", "legal-agreement", "business-case", "case-study", "committee-report", "terms-of-reference",
            "strategy-policy", "guidance", "template", "news-item", "web-page");
    }

    [Theory]
    [InlineData("lga1972-s101", "s101 LGA 1972")]
    [InlineData("lga1972-s102", "s102 LGA 1972")]
    [InlineData("lga1972-s111", "s111 LGA 1972")]
    [InlineData("lga1972-s113", "s113 LGA 1972")]
    [InlineData("lgsa1970-s1", "LA(GS)A 1970")]
    [InlineData("localism2011-s1", "Localism Act 2011 s1")]
    [InlineData("localism2011-s4", "Localism Act 2011 s4")]
    [InlineData("lga2003-s95", "LGA 2003 s95")]
    [InlineData("lga2000-s9eb", "LGA 2000 s9EB")]
    [InlineData("dof-regs-2012", "Discharge of Functions Regs 2012")]
    [InlineData("pcr2015-reg12", "PCR 2015 reg 12")]
    [InlineData("pa2023-sch2", "Procurement Act 2023 Sch 2")]
    [InlineData("nhsa2006-s75", "NHS Act 2006 s75")]
    [InlineData("tupe2006", "TUPE 2006")]
    [InlineData("dpa2018", "Data Protection Act 2018")]
    [InlineData("foia2000", "FOI Act 2000")]
    public void LabelFor_Power_IsTheFixedLabel(string id, string label)
    {
        Taxonomy.LabelFor(FacetNames.Power, id).Should().Be(label);
    }

    [Fact]
    public void LabelFor_KnownAndUnknownIds_ReturnsLabelOrNull()
    {
        Taxonomy.LabelFor(FacetNames.Category, "regulatory-services").Should().Be("Regulatory Services");
        Taxonomy.LabelFor(FacetNames.Type, "mou").Should().Be("MOU / heads of terms");
        Taxonomy.LabelFor(FacetNames.Category, "no-such-id").Should().BeNull();
    }

    [Theory]
    [InlineData("category", "ICT and Digital", "ict-digital")]
    [InlineData("category", "ict & digital", "ict-digital")]
    [InlineData("category", "Revs and Bens", "revenues-benefits")]
    [InlineData("category", "LEGAL", "legal")]
    [InlineData("model", "Teckal company", "teckal-company")]
    [InlineData("model", "LATC", "teckal-company")]
    [InlineData("model", "joint venture", "joint-venture")]
    [InlineData("model", "staff mutual", "mutual")]
    [InlineData("model", "leisure trust", "trust")]
    [InlineData("model", "private contractor", "private-contractor")]
    [InlineData("model", "Lead Authority / Delegation", "lead-authority")]
    [InlineData("type", "Heads of Terms", "mou")]
    [InlineData("type", "service level agreement", "legal-agreement")]
    [InlineData("power", "s113 LGA 1972", "lga1972-s113")]
    [InlineData("power", "TUPE-2006", "tupe2006")]
    public void TryResolve_IdLabelOrSynonym_ReturnsId(string facet, string text, string expected)
    {
        Taxonomy.TryResolve(facet, text, out var id).Should().BeTrue();
        id.Should().Be(expected);
    }

    [Theory]
    [InlineData("category", "astrology")]
    [InlineData("model", "")]
    [InlineData("council", "legal")]
    public void TryResolve_UnknownText_ReturnsFalse(string facet, string text)
    {
        Taxonomy.TryResolve(facet, text, out _).Should().BeFalse();
    }

    [Fact]
    public void Facets_ListsTheVocabularyFacets()
    {
        Taxonomy.Facets.Should().Equal(FacetNames.Category, FacetNames.Model, FacetNames.Type, FacetNames.Power);
    }

    [Fact]
    public void Terms_EveryTerm_HasCues()
    {
        foreach (var facet in new[] { FacetNames.Category, FacetNames.Model, FacetNames.Type })
        {
            Taxonomy.Terms(facet).Should().OnlyContain(t => t.Cues.Count >= 5, $"every {facet} term needs several cues");
        }
    }

    [Theory]
    [InlineData("joint-company", "teckal-company", "joint-venture")]
    [InlineData("Jointly owned company", "teckal-company", "joint-venture")]
    [InlineData("outsourcing", "private-contractor", "mutual", "trust")]
    public void ReplacementsFor_RetiredModel_NamesTheIdsThatReplacedIt(string old, params string[] replacements)
    {
        Taxonomy.TryResolve(FacetNames.Model, old, out _).Should().BeFalse();
        Taxonomy.ReplacementsFor(FacetNames.Model, old).Should().Equal(replacements);
    }
}
