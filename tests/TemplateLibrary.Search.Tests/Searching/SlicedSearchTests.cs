using System.Text.Json;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class SlicedSearchTests(SlicedLibrary library) : IClassFixture<SlicedLibrary>
{
    [Theory]
    [InlineData("shared service", SearchSort.Relevance)]
    [InlineData("recharge OR exit", SearchSort.Date)]
    [InlineData("clause -waste", SearchSort.Title)]
    [InlineData("", SearchSort.Relevance)]
    [InlineData("zeppelin legal", SearchSort.Relevance)]
    public void Search_InParallelSlices_GivesWhatOnePassGives(string query, SearchSort sort)
    {
        var request = new SearchRequest { Query = query, Sort = sort, Limit = 30, Offset = 5, Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["2012", "2015", "2019"] } };
        using var sliced = LibraryIndex.Open(library.Directory, new LibraryIndexOptions { SlicedFrom = 0 });
        var onePass = library.Index.Search(request);

        Json(sliced.Search(request)).Should().Be(Json(onePass));
        onePass.Total.Should().BePositive("two empty answers would agree whatever the slicing did");
    }

    private static string Json(SearchResponse response) => JsonSerializer.Serialize(response with { Results = [.. response.Results.Select(r => r with { Snippet = HighlightedText.Empty })] });
}
