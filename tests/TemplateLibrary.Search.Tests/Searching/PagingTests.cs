using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Tests.Searching;

/// <summary>A page at any offset is the same slice of the whole order, for every sort.</summary>
public sealed class PagingTests(PagedLibrary library) : IClassFixture<PagedLibrary>
{
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(235)]
    [InlineData(300)]
    public void Search_TitleSortAnyOffset_EqualsSortingEverything(int offset)
    {
        var expected = library.Titles.Order(StringComparer.OrdinalIgnoreCase).Skip(offset).Take(20);

        var page = library.Index.Search(new SearchRequest { Query = "shared", Sort = SearchSort.Title, Offset = offset, Limit = 20 });

        page.Total.Should().Be(PagedLibrary.Count);
        page.Results.Select(r => r.Title).Should().Equal(expected);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void Search_PagesOfAnySize_TileTheSameOrder(SearchSort sort)
    {
        var request = new SearchRequest { Query = "legal service", Sort = sort, Limit = 100 };
        var whole = library.Index.Search(request).Results.Select(r => r.Id).ToList();

        var tiled = new List<string>();
        for (var offset = 0; offset < 100; offset += 15)
        {
            tiled.AddRange(library.Index.Search(request with { Offset = offset, Limit = Math.Min(15, 100 - offset) }).Results.Select(r => r.Id));
        }

        whole.Should().HaveCount(100);
        tiled.Should().Equal(whole);
    }

    [Fact]
    public void Search_DateSort_OrdersByYearNewestFirst()
    {
        var years = library.Index.Search(new SearchRequest { Sort = SearchSort.Date, Offset = 90, Limit = 60 }).Results.Select(r => r.Year ?? 0).ToList();

        years.Should().HaveCount(60).And.BeInDescendingOrder();
    }
}
