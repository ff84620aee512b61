using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class PlainEnglishTests : IDisposable
{
    private readonly TempIndex temp = new();

    public PlainEnglishTests()
    {
        Fixture.Load(temp.Index);
        temp.Index.Apply(Docs.Upserts(
            Docs.Make("x1", "Exit plan for an outsourced customer services contract", "When the contract ends the provider hands back data, staff and assets.", "customer-services", "private-contractor", "template", 2020),
            Docs.Make("x2", "Trading company business case", "A local authority trading company delivers building control for two councils.", "planning-building-control", "teckal-company", "business-case", 2019),
            Docs.Make("x3", "Casework procedures", "How cases are allocated to caseworkers. Staff are seconded under s.113 of the 1972 Act.", "legal", "secondment", "guidance", 2022, ["lga1972-s113"]),
            Docs.Make("x4", "Casual staff policy", "Rules for casual workers and their hours.", "hr-payroll", null, "strategy-policy", 2017)));
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Search_NaturalQuestion_FindsTheDocumentWithoutEveryWord()
    {
        var response = Search("exit plan when an outsourced contract ends");

        response.Results.First().Id.Should().Be("x1");
    }

    [Fact]
    public void Search_QuestionWordsAndStopWords_NeverMakeItFail()
    {
        Search("how do we share a legal team").Results.Select(r => r.Id).Should().Contain("d1");
        Search("the of and").Total.Should().Be(10, "a query of stop words alone browses");
    }

    [Theory]
    [InlineData("s113")]
    [InlineData("section 113")]
    [InlineData("s.113")]
    [InlineData("\"section 113\"")]
    public void Search_CitationWrittenAnyWay_FindsTheSameDocuments(string query)
    {
        Search(query).Results.Select(r => r.Id).Should().BeEquivalentTo(["d6", "x3"]);
    }

    [Theory]
    [InlineData("MOU", "d1")]
    [InlineData("memorandum of understanding", "d1")]
    [InlineData("LATC", "x2")]
    [InlineData("JC", "d2")]
    public void Search_AbbreviationOrLongForm_FindsTheOther(string query, string expected)
    {
        Search(query).Results.Select(r => r.Id).Should().Contain(expected);
    }

    [Fact]
    public void Search_Prefix_MatchesUnstemmedWordStartsOnly()
    {
        Search("cas*").Results.Select(r => r.Id).Should().BeEquivalentTo(["d3", "d4", "x2", "x3", "x4"], "case, casework, cases and casual start with cas");
        Search("caseworker*").Results.Select(r => r.Id).Should().Equal("x3");
        Search("fts*").Total.Should().Be(0, "no word starts with fts");
    }

    [Fact]
    public void Search_PrefixMatch_IsMarkedInTheSnippet()
    {
        var hit = Search("casew*").Results.Single();

        hit.Snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Contain("caseworkers");
    }

    [Fact]
    public void Search_QueryNamingADocumentType_BoostsAndOffersItButDoesNotFilter()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("x5", "Writing guidance", "How to write a business case for a shared service.", "corporate-back-office", null, "guidance", 2021)));

        var response = Search("business case");

        response.Understood.Should().ContainSingle(u => u.Facet == "type" && u.Value == "business-case" && u.Count == 3);
        response.Results.Take(3).Should().OnlyContain(r => r.Type == "business-case");
        response.Results.Select(r => r.Id).Should().Contain("x5", "a guide about business cases is still found: the type is offered, not imposed");
    }

    [Fact]
    public void Search_QueryNamingACouncil_OffersItsFilter()
    {
        Search("southvale ICT").Understood.Should().Contain(u => u.Facet == "council" && u.Value == "Southvale Borough Council");
    }

    [Fact]
    public void Search_KnownAbbreviation_IsNeverCorrected()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("y1", "Late payments", "A late payment policy, late fees.")));

        Search("LATC zeppelin").Suggestion.Should().BeNull();
        Search("JC zeppelin").Suggestion.Should().BeNull();
    }

    [Fact]
    public void Search_NothingMatches_OffersToLeaveOutAWord()
    {
        var response = Search("\"lead authority\" zeppelin");

        response.Total.Should().Be(0);
        response.Alternatives.Should().Contain(a => a.Description == "Leave out “zeppelin”" && a.Total == 2);
    }

    [Theory]
    [InlineData("model", "company", "unknown model 'company': use joint-committee, lead-authority, teckal-company")]
    [InlineData("category", "nonsense", "unknown category 'nonsense': use legal, ict-digital")]
    [InlineData("power", "s999", "unknown power 's999': use lga1972-s101")]
    public void Search_UnknownFilterValue_IsAQueryErrorListingTheAllowedValues(string facet, string value, string message)
    {
        var act = () => temp.Index.Search(Fixture.Request(null, (facet, [value])));

        act.Should().Throw<SearchQueryException>().Where(e => e.Message.StartsWith(message, StringComparison.Ordinal) && !e.Message.Contains('\n'));
    }

    [Fact]
    public void Search_FilterByLabel_ResolvesToTheId()
    {
        Search(null, ("model", ["Joint committee"])).Results.Select(r => r.Id).Should().Equal("d2");
    }

    [Fact]
    public void Search_FilteredBySecondaryCategory_ShowsThatCategory()
    {
        var hit = Search(null, ("category", ["legal"]), ("model", ["teckal-company"])).Results.Single();

        hit.Categories.Should().Contain("legal", "a result filtered by a category always carries it");
    }

    [Theory]
    [InlineData("year:2016..2018", 4)]
    [InlineData("year:>=2019", 5)]
    [InlineData("year:<=2016", 2)]
    public void Search_YearSyntax_FiltersByRange(string query, int total)
    {
        Search(query).Total.Should().Be(total);
    }

    private SearchResponse Search(string? query, params (string Facet, string[] Values)[] filters) =>
        temp.Index.Search(Fixture.Request(query, filters));
}
