using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class SearchResultTests(FixtureLibrary library) : IClassFixture<FixtureLibrary>
{
    [Fact]
    public void Search_TitleMatch_RanksAboveBodyMatch()
    {
        var response = library.Index.Search(new SearchRequest { Query = "memorandum" });

        response.Results.Select(r => r.Id).Should().Equal("d1", "d5");
        response.Results[0].Score.Should().BeGreaterThan(response.Results[1].Score);
    }

    [Fact]
    public void Search_Hit_CarriesEffectiveTags()
    {
        var hit = library.Index.Search(new SearchRequest { Query = "teckal" }).Results.Single();

        hit.Id.Should().Be("d4");
        hit.Category.Should().Be("ict-digital");
        hit.Categories.Should().Equal("ict-digital", "legal");
        hit.Model.Should().Be("teckal-company");
        hit.Type.Should().Be("business-case");
        hit.Powers.Should().Equal("localism2011-s1");
        hit.Year.Should().Be(2021);
        hit.Format.Should().Be("md");
        hit.Path.Should().Be("/library/d4.md");
    }

    [Fact]
    public void Search_BodyMatch_SnippetMarksTheTerm()
    {
        var hit = library.Index.Search(new SearchRequest { Query = "lawyers" }).Results.Single();

        hit.Snippet.Segments.Should().Contain(new HighlightSegment("lawyers", true));
        hit.Snippet.ToMarkedHtml().Should().Contain("<mark>lawyers</mark>");
    }

    [Fact]
    public void Search_StemmedMatch_MarksTheWordAsWritten()
    {
        var hit = library.Index.Search(new SearchRequest { Query = "lawyer" }).Results.Single();

        hit.Snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("lawyers");
    }

    [Fact]
    public void Search_TitleOnlyMatch_SnippetFallsBackToTitle()
    {
        var hit = library.Index.Search(new SearchRequest { Query = "secondment" }).Results.Single();

        hit.Snippet.PlainText.Should().Be("Secondment agreement for payroll staff");
        hit.Snippet.Segments[0].Should().Be(new HighlightSegment("Secondment", true));
    }

    [Fact]
    public void Search_DocumentWithMarkersAndHtml_CannotForgeMarksAndIsEncoded()
    {
        using var temp = new TempIndex();
        Fixture.Load(temp.Index);
        temp.Index.Apply(Docs.Upserts(Docs.Make("evil", "Plain title", "Before \uE000forged\uE001 <script>alert(1)</script> keyword after.")));

        var hit = temp.Index.Search(new SearchRequest { Query = "keyword" }).Results.Single();

        hit.Snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("keyword");
        hit.Snippet.Segments.Should().Contain(s => !s.IsMatch && s.Text.Contains("\uE000forged\uE001", StringComparison.Ordinal));
        var html = hit.Snippet.ToMarkedHtml();
        html.Should().Contain("&lt;script&gt;").And.NotContain("<script>").And.Contain("<mark>keyword</mark>");
    }

    [Fact]
    public void Search_Browse_SnippetIsThePlainLead()
    {
        var response = library.Index.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["mou"] } });

        response.Results.Single().Snippet.HasMatch.Should().BeFalse();
        response.Results.Single().Snippet.PlainText.Should().StartWith("The councils agree");
    }

    [Fact]
    public void Search_BrowseRelevance_FallsBackToDate()
    {
        var response = library.Index.Search(new SearchRequest());

        response.Results.Select(r => r.Id).Should().Equal("d4", "d3", "d2", "d6", "d1", "d5");
    }

    [Fact]
    public void Search_SortTitleWithPaging_ReturnsThePage()
    {
        var all = library.Index.Search(new SearchRequest { Sort = SearchSort.Title });
        var page = library.Index.Search(new SearchRequest { Sort = SearchSort.Title, Limit = 2, Offset = 2 });

        all.Results.Select(r => r.Title).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        page.Total.Should().Be(6);
        page.Results.Select(r => r.Id).Should().Equal(all.Results.Skip(2).Take(2).Select(r => r.Id));
    }

    [Fact]
    public void Search_SortDateWithText_OrdersByYear()
    {
        var response = library.Index.Search(new SearchRequest { Query = "agreement OR committee", Sort = SearchSort.Date });

        response.Results.Select(r => r.Year).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Search_LimitAboveMaximum_IsCapped()
    {
        var response = library.Index.Search(new SearchRequest { Limit = 10_000, Offset = -5 });

        response.Results.Should().HaveCount(6);
    }

    [Fact]
    public void Search_Misspelling_SuggestsTheIndexedWord()
    {
        var response = library.Index.Search(new SearchRequest { Query = "comittee report" });

        response.Results.First().Id.Should().Be("d5", "a word no document holds matches its close spellings");
        response.Suggestion.Should().Be("committee report");
    }

    [Fact]
    public void Search_MisspellingWithManyHits_StillSaysWhatWasMeant()
    {
        var response = library.Index.Search(new SearchRequest { Query = "authorty" });

        response.Total.Should().BeGreaterThanOrEqualTo(3, "the close spelling 'authority' is in most documents");
        response.Suggestion.Should().Be("authority");
    }

    [Fact]
    public void Search_ManyHits_HasNoSuggestion()
    {
        library.Index.Search(new SearchRequest { Query = "council OR authority OR service" }).Suggestion.Should().BeNull();
    }

    [Fact]
    public void Search_PrefixQuery_MatchesWordStarts()
    {
        var response = library.Index.Search(new SearchRequest { Query = "secon*" });

        response.Results.Select(r => r.Id).Should().Equal("d6");
    }

    [Fact]
    public void Search_UnknownFilterFacet_ThrowsQueryError()
    {
        var act = () => library.Index.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["colour"] = ["red"] } });

        act.Should().Throw<SearchQueryException>().WithMessage("unknown filter 'colour'*");
    }

    [Fact]
    public void Search_ExclusionOnlyWithFilter_RemovesMatches()
    {
        var response = library.Index.Search(Fixture.Request("-teckal", ("category", ["legal"])));

        response.Results.Select(r => r.Id).Should().BeEquivalentTo(["d1", "d2"]);
    }
}
