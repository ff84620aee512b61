using TemplateLibrary.Core.Errors;
using TaxonomyModel = TemplateLibrary.Core.Taxonomy.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public class SearchSectionTests
{
    private const string Facets = """
          "facets": {
            "category": [ { "id": "legal", "label": "Legal" } ],
            "model": [ { "id": "joint-company", "label": "Jointly owned company" } ],
            "type": [ { "id": "mou", "label": "MOU" } ]
          }
        """;

    private static string WithSearch(string search) => "{\n" + Facets + ",\n  \"search\": " + search + "\n}";

    [Fact]
    public void LoadDefault_SearchSection_HasCitationsSynonymsAndQuestionWords()
    {
        var search = TaxonomyModel.LoadDefault().Search;

        search.Citations.Should().Contain(c => c.Unit == "s" && c.Words.Contains("section"));
        search.Synonyms.Should().Contain(g => g.Contains("MOU") && g.Contains("memorandum of understanding"));
        search.Synonyms.Should().Contain(g => g.Contains("LATC") && g.Contains("local authority trading company"));
        search.QuestionWords.Should().Contain(["how", "do", "we"]);
        search.Aliases.Should().Contain(a => a.Text == "Teckal" && a.Facet == "model" && a.Value == "teckal-company");
    }

    [Fact]
    public void Parse_NoSearchSection_IsEmpty()
    {
        var taxonomy = TaxonomyModel.Parse("{\n" + Facets + "\n}");

        taxonomy.Search.Citations.Should().BeEmpty();
        taxonomy.Search.Synonyms.Should().BeEmpty();
    }

    [Fact]
    public void Parse_SearchSection_ReadsEveryPart()
    {
        var taxonomy = TaxonomyModel.Parse(WithSearch("""
            {
              "citations": [ { "unit": "s", "words": [ "s", "section" ] } ],
              "synonyms": [ [ "JC", "joint committee" ] ],
              "questionWords": [ "how" ],
              "aliases": [ { "text": "Teckal", "facet": "model", "value": "joint-company" } ],
              "notFacetNames": [ "plan" ]
            }
            """));

        taxonomy.Search.Citations.Single().Words.Should().Equal("s", "section");
        taxonomy.Search.Synonyms.Single().Should().Equal("JC", "joint committee");
        taxonomy.Search.QuestionWords.Should().Equal("how");
        taxonomy.Search.Aliases.Single().Value.Should().Be("joint-company");
        taxonomy.Search.NotFacetNames.Should().Equal("plan");
    }

    [Theory]
    [InlineData("""{ "synonyms": [ [ "JC" ] ] }""", "*line 7*two or more expressions*")]
    [InlineData("""{ "citations": [ { "unit": "S1", "words": [ "s" ] } ] }""", "*bad citation unit \"S1\"*")]
    [InlineData("""{ "citations": [ { "unit": "s", "words": [ "s." ] } ] }""", "*needs \"words\" made of letters*")]
    [InlineData("""{ "aliases": [ { "text": "x", "facet": "model", "value": "merger" } ] }""", "*unknown model \"merger\"*")]
    [InlineData("""{ "aliases": [ { "text": "x", "facet": "colour", "value": "red" } ] }""", "*unknown facet \"colour\"*")]
    [InlineData("""{ "colours": [] }""", "*unknown key \"colours\" in \"search\"*")]
    public void Parse_BadSearchSection_NamesTheProblem(string search, string message)
    {
        var act = () => TaxonomyModel.Parse(WithSearch(search));

        act.Should().Throw<TaxonomyException>().WithMessage(message);
    }
}
