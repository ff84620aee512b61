using TemplateLibrary.Core.Errors;
using TaxonomyModel = TemplateLibrary.Core.Taxonomy.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public class TaxonomyValidationTests
{
    private const string MinimalFacets = """
        "category": [ { "id": "legal", "label": "Legal", "cues": [ "legal services" ] } ],
        "model": [ { "id": "joint-committee", "label": "Joint committee" } ],
        "type": [ { "id": "mou", "label": "MOU" } ]
        """;

    private static string WithFacets(string facets, string extra = "") =>
        "{\n  \"facets\": {\n" + facets + "\n  }" + extra + "\n}";

    [Fact]
    public void Parse_MinimalValidFile_Loads()
    {
        var taxonomy = TaxonomyModel.Parse(WithFacets(MinimalFacets));

        taxonomy.Terms("category").Should().ContainSingle().Which.Cues.Should().ContainSingle();
    }

    [Fact]
    public void Parse_DuplicateId_NamesLineAndId()
    {
        var json = WithFacets("""
            "category": [
              { "id": "legal", "label": "Legal" },
              { "id": "legal", "label": "Legal again" }
            ],
            "model": [], "type": []
            """);

        var act = () => TaxonomyModel.Parse(json, "my.json");

        act.Should().Throw<TaxonomyException>().WithMessage("my.json line 5, position *duplicate id \"legal\"*");
    }

    [Fact]
    public void Parse_UnknownFacet_IsRejected()
    {
        var json = WithFacets(MinimalFacets + ",\n\"colour\": []");

        var act = () => TaxonomyModel.Parse(json);

        act.Should().Throw<TaxonomyException>().WithMessage("*line 6*unknown facet \"colour\"*");
    }

    [Fact]
    public void Parse_BadRegex_NamesThePattern()
    {
        var json = WithFacets(MinimalFacets.Replace("\"legal services\"", "{ \"regex\": \"s101(5\" }", StringComparison.Ordinal));

        var act = () => TaxonomyModel.Parse(json);

        act.Should().Throw<TaxonomyException>().WithMessage("*line 3*bad regex \"s101(5\"*");
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-12")]
    [InlineData("0")]
    public void Parse_WeightOutOfRange_IsRejected(string weight)
    {
        var json = WithFacets(MinimalFacets.Replace("\"legal services\"", "{ \"text\": \"solicitor\", \"weight\": " + weight + " }", StringComparison.Ordinal));

        var act = () => TaxonomyModel.Parse(json);

        act.Should().Throw<TaxonomyException>().WithMessage("*line 3*weight*out of range*");
    }

    [Fact]
    public void Parse_InvalidJson_NamesLineAndPosition()
    {
        var act = () => TaxonomyModel.Parse("{\n  \"facets\": {\n    \"category\": [ { \"id\": \"legal\" \"label\": \"x\" } ]\n", "broken.json");

        act.Should().Throw<TaxonomyException>().WithMessage("broken.json line 3, position *invalid JSON*");
    }

    [Fact]
    public void Parse_UnknownKey_IsRejectedSoTyposShow()
    {
        var json = WithFacets(MinimalFacets.Replace("\"label\": \"Legal\"", "\"label\": \"Legal\", \"synonym\": []", StringComparison.Ordinal));

        var act = () => TaxonomyModel.Parse(json);

        act.Should().Throw<TaxonomyException>().WithMessage("*unknown key \"synonym\"*");
    }

    [Fact]
    public void Parse_BadId_IsRejected()
    {
        var json = WithFacets(MinimalFacets.Replace("\"id\": \"legal\"", "\"id\": \"Legal Services\"", StringComparison.Ordinal));

        var act = () => TaxonomyModel.Parse(json);

        act.Should().Throw<TaxonomyException>().WithMessage("*bad id \"Legal Services\"*");
    }

    [Fact]
    public void Parse_MissingFacet_IsRejected()
    {
        var act = () => TaxonomyModel.Parse(WithFacets("\"category\": [], \"model\": []"));

        act.Should().Throw<TaxonomyException>().WithMessage("*facet \"type\" is missing*");
    }

    [Fact]
    public void Parse_PowerWithUnknownModel_IsRejected()
    {
        var json = WithFacets(MinimalFacets, """
            ,
              "powers": [ { "id": "tupe2006", "label": "TUPE 2006", "patterns": [ "\\bTUPE\\b" ], "models": [ { "model": "merger", "weight": 2 } ] } ]
            """);

        var act = () => TaxonomyModel.Parse(json);

        act.Should().Throw<TaxonomyException>().WithMessage("*unknown delivery model \"merger\"*");
    }

    [Fact]
    public void Load_MissingFile_ThrowsTaxonomyException()
    {
        var act = () => TaxonomyModel.Load(Path.Combine(Path.GetTempPath(), "no-such-taxonomy-" + Guid.NewGuid() + ".json"));

        act.Should().Throw<TaxonomyException>().WithMessage("*cannot read the taxonomy file*");
    }

    [Fact]
    public void Load_FileOnDisk_UsesItsTerms()
    {
        var path = Path.Combine(Path.GetTempPath(), "taxonomy-" + Guid.NewGuid() + ".json");
        File.WriteAllText(path, WithFacets(MinimalFacets));
        try
        {
            TaxonomyModel.Load(path).Terms("model").Should().ContainSingle().Which.Id.Should().Be("joint-committee");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "facet": "model", "id": "joint-committee", "replacedBy": ["joint-committee"] }""", "is retired but is still a term")]
    [InlineData("""{ "facet": "model", "id": "old-model", "replacedBy": ["no-such-model"] }""", "replaced by \"no-such-model\", which is not a term")]
    [InlineData("""{ "facet": "colour", "id": "old-model", "replacedBy": ["joint-committee"] }""", "unknown facet \"colour\"")]
    public void Parse_BadRetiredTerm_NamesTheProblem(string retired, string problem)
    {
        var json = WithFacets(MinimalFacets, ",\n  \"retired\": [\n" + retired + "\n  ]");

        var act = () => TaxonomyModel.Parse(json, "my.json");

        act.Should().Throw<TaxonomyException>().WithMessage("my.json line 8, position *" + problem + "*");
    }

    [Theory]
    [InlineData("""{ "text": "legal services", "anchors": ["legal"] }""", "belong to a regex cue")]
    [InlineData("""{ "regex": "legal\\s+team", "anchors": ["Legal"] }""", "lower-case words")]
    [InlineData("""{ "regex": "legal\\s+team", "anchors": [] }""", "lower-case words")]
    public void Parse_BadAnchors_NamesTheProblem(string cue, string problem)
    {
        var json = WithFacets(MinimalFacets.Replace("\"legal services\"", cue, StringComparison.Ordinal));

        var act = () => TaxonomyModel.Parse(json, "my.json");

        act.Should().Throw<TaxonomyException>().WithMessage("my.json line 3*" + problem + "*");
    }
}
