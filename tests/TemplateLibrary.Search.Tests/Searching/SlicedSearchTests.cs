using System.Text.Json;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class SlicedSearchTests : IDisposable
{
    private static readonly string[] Services = ["legal", "ict-digital", "waste-environmental", "hr-payroll"];
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("shared service", SearchSort.Relevance)]
    [InlineData("recharge OR exit", SearchSort.Date)]
    [InlineData("clause -waste", SearchSort.Title)]
    [InlineData("", SearchSort.Relevance)]
    [InlineData("zeppelin legal", SearchSort.Relevance)]
    public void Search_InParallelSlices_GivesWhatOnePassGives(string query, SearchSort sort)
    {
        for (var batch = 0; batch < 3; batch++)
        {
            // Several commits make several segments, so slices cross segment boundaries.
            temp.Index.Apply(Docs.Upserts([.. Enumerable.Range(batch * 100, 100).Select(i => Docs.Make(
                $"doc{i:D3}", $"Shared service agreement {i % 17}", $"Clause {i % 9} on the recharge and exit of a shared service {(i % 3 == 0 ? "waste" : "legal")}.",
                Services[i % Services.Length], year: 2010 + (i % 12)))]));
            temp.Index.Refresh();
        }

        var request = new SearchRequest { Query = query, Sort = sort, Limit = 30, Offset = 5, Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["2012", "2015", "2019"] } };
        using var sliced = LibraryIndex.Open(temp.Directory, new LibraryIndexOptions { SlicedFrom = 0 });
        var onePass = temp.Index.Search(request);

        Json(sliced.Search(request)).Should().Be(Json(onePass));
        onePass.Total.Should().BeGreaterThanOrEqualTo(0);
    }

    private static string Json(SearchResponse response) => JsonSerializer.Serialize(response with { Results = [.. response.Results.Select(r => r with { Snippet = HighlightedText.Empty })] });
}
