using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

/// <summary>A page at any offset is the same slice of the whole order, for every sort.</summary>
public sealed class PagingTests : IDisposable
{
    private const int Count = 250;
    private readonly TempIndex temp = new();
    private readonly List<string> titles;

    public PagingTests()
    {
        var random = new Random(7);
        titles = [.. Enumerable.Range(0, Count).Select(i => $"{(char)('a' + random.Next(26))}{(char)('a' + random.Next(26))} shared service plan {i:D3}")];
        var words = new[] { "shared", "service", "legal", "waste", "committee", "agreement" };
        temp.Index.Apply(Docs.Upserts([.. titles.Select((title, i) => Docs.Make(
            "p" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            title,
            string.Join(' ', Enumerable.Range(0, 5 + random.Next(40)).Select(_ => words[random.Next(words.Length)])),
            year: 1990 + random.Next(30)))]));
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(235)]
    [InlineData(300)]
    public void Search_TitleSortAnyOffset_EqualsSortingEverything(int offset)
    {
        var expected = titles.Order(StringComparer.OrdinalIgnoreCase).Skip(offset).Take(20);

        var page = temp.Index.Search(new SearchRequest { Query = "shared", Sort = SearchSort.Title, Offset = offset, Limit = 20 });

        page.Total.Should().Be(Count);
        page.Results.Select(r => r.Title).Should().Equal(expected);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void Search_PagesOfAnySize_TileTheSameOrder(SearchSort sort)
    {
        var request = new SearchRequest { Query = "legal service", Sort = sort, Limit = 100 };
        var whole = temp.Index.Search(request).Results.Select(r => r.Id).ToList();

        var tiled = new List<string>();
        for (var offset = 0; offset < 100; offset += 15)
        {
            tiled.AddRange(temp.Index.Search(request with { Offset = offset, Limit = Math.Min(15, 100 - offset) }).Results.Select(r => r.Id));
        }

        whole.Should().HaveCount(100);
        tiled.Should().Equal(whole);
    }

    [Fact]
    public void Search_DateSort_OrdersByYearNewestFirst()
    {
        var years = temp.Index.Search(new SearchRequest { Sort = SearchSort.Date, Offset = 90, Limit = 60 }).Results.Select(r => r.Year ?? 0).ToList();

        years.Should().HaveCount(60).And.BeInDescendingOrder();
    }
}
