using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Searching;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class FacetTallyTests : IDisposable
{
    private static readonly string[] Categories = ["legal", "ict-digital", "waste-environmental"];
    private static readonly string[] Models = ["joint-committee", "lead-authority"];
    private readonly TempIndex temp = new();

    public FacetTallyTests()
    {
        var records = Enumerable.Range(0, 90)
            .Select(i => Docs.Make($"d{i}", $"Document {i}", "shared service", Categories[i % 3], Models[i % 2], year: 2010 + (i % 5)))
            .ToArray();
        temp.Index.Apply(Docs.Upserts(records));
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Build_InParts_GivesTheSameResultsAndCountsAsOnePart(int processors)
    {
        var request = new SearchRequest
        {
            Query = "shared -category:waste-environmental",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["model"] = ["joint-committee"] },
            YearFrom = 2011,
        };
        using var connection = new SqliteConnection($"Data Source={temp.Index.DatabasePath};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = FacetSnapshot.Load(connection, transaction, FacetSnapshot.ReadGeneration(connection, transaction));
        var parsed = QueryTranslator.Translate(request.Query, hasOtherFilters: true);
        var filters = FilterSet.Build(request, parsed, snapshot);
        var candidates = Enumerable.Range(0, snapshot.Documents.Count).Select(i => new Candidate(i, i)).ToList();

        var whole = FacetTally.Build(candidates, snapshot, filters, processors: 1, parallelFrom: 1);
        var parts = FacetTally.Build(candidates, snapshot, filters, processors, parallelFrom: 1);

        whole.Results.Should().NotBeEmpty().And.HaveCountLessThan(candidates.Count);
        parts.Results.Should().BeEquivalentTo(whole.Results);
        parts.Counts.Should().BeEquivalentTo(whole.Counts, options => options.WithStrictOrdering());
        whole.Counts.SelectMany(c => c).Sum().Should().BeGreaterThan(0);
    }
}
