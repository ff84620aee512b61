using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public class ClausesSectionTests
{
    private const string Facets = """
        "facets": {
          "category": [ { "id": "legal", "label": "Legal" } ],
          "model": [ { "id": "joint-committee", "label": "Joint committee" } ],
          "type": [ { "id": "legal-agreement", "label": "Legal agreement" } ]
        }
        """;

    [Fact]
    public void Parse_ClausesSection_ReadsKindsTypesAndSettings()
    {
        var json = "{" + Facets + """
            , "clauses": { "documentTypes": [ "legal-agreement" ], "withoutKinds": [ "^background$" ],
              "settings": { "minScore": 4, "maxKinds": 2 },
              "kinds": [ { "id": "insurance", "label": "Insurance", "cues": [ { "text": "insurance", "weight": 5 } ] } ] } }
            """;

        var clauses = Core.Taxonomy.Taxonomy.Parse(json).Clauses;

        clauses.Kinds.Select(k => k.Id).Should().Equal("insurance");
        clauses.DocumentTypes.Should().Equal("legal-agreement");
        clauses.MinScore.Should().Be(4);
        clauses.MaxKinds.Should().Be(2);
        clauses.WithoutKinds.Should().ContainSingle().Which.IsMatch("Background").Should().BeTrue();
    }

    [Fact]
    public void Parse_UnknownDocumentType_NamesTheLineAndTheType()
    {
        var json = "{" + Facets + ",\n\"clauses\": { \"documentTypes\": [ \"minutes\" ], \"kinds\": [] } }";

        var act = () => Core.Taxonomy.Taxonomy.Parse(json, "mine.json");

        act.Should().Throw<TaxonomyException>().WithMessage("mine.json line 6*unknown document type \"minutes\"*");
    }

    [Fact]
    public void Parse_NoClausesSection_HasNoKinds()
    {
        Core.Taxonomy.Taxonomy.Parse("{" + Facets + "}").Clauses.Kinds.Should().BeEmpty();
    }
}
