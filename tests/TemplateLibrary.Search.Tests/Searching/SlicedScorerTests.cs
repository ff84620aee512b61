using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Searching;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class SlicedScorerTests : IDisposable
{
    private const string Expression = "\"council\" OR \"proc\"*";
    private readonly TempIndex temp = new();
    private readonly TempIndex other = new();

    public SlicedScorerTests()
    {
        var records = Enumerable.Range(0, 60)
            .Select(i => Docs.Make($"d{i}", $"Document {i}", string.Join(' ', Enumerable.Repeat(i % 3 == 0 ? "council procurement" : "council", 1 + (i % 7))) + $" filler{i}"))
            .ToArray();
        temp.Index.Apply(Docs.Upserts(records));
        // Two writes: the other index's generation then differs even if both were created in the same millisecond.
        other.Index.Apply(Docs.Upserts(Docs.Make("x", "Other", "council")));
        other.Index.Apply(Docs.Upserts(Docs.Make("y", "Other", "council")));
    }

    public void Dispose()
    {
        temp.Dispose();
        other.Dispose();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Match_Sliced_GivesTheSameRowsAndScoresAsOneStatement(int processors)
    {
        var (whole, sliced) = Compare(new SlicedScorer(() => Open(temp), processors, minDocuments: 1));

        sliced.Should().HaveCount(60).And.Equal(whole);
    }

    [Fact]
    public void Match_OtherConnectionSeesAnotherGeneration_RedoesItsSlicesOnTheCaller()
    {
        var (whole, sliced) = Compare(new SlicedScorer(() => Open(other), 4, minDocuments: 1));

        sliced.Should().Equal(whole);
    }

    [Fact]
    public void Match_OtherConnectionFails_RedoesItsSlicesOnTheCaller()
    {
        var (whole, sliced) = Compare(new SlicedScorer(() => throw new InvalidOperationException("no connection"), 4, minDocuments: 1));

        sliced.Should().Equal(whole);
    }

    [Fact]
    public void Match_FewerDocumentsThanTheThreshold_NeverOpensAnotherConnection()
    {
        var opened = 0;

        var (whole, sliced) = Compare(new SlicedScorer(() => { Interlocked.Increment(ref opened); return Open(temp); }, 4, minDocuments: 61));

        sliced.Should().Equal(whole);
        opened.Should().Be(0);
    }

    private (List<(long RowId, double Score)> Whole, List<(long RowId, double Score)> Sliced) Compare(SlicedScorer scorer)
    {
        using var connection = Open(temp);
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = FacetSnapshot.Load(connection, transaction, FacetSnapshot.ReadGeneration(connection, transaction));
        var whole = FtsMatcher.Match(connection, transaction, Expression, score: true);
        var sliced = scorer.Match(connection, transaction, snapshot, Expression);
        return (whole, sliced);
    }

    private static SqliteConnection Open(TempIndex index)
    {
        var connection = new SqliteConnection($"Data Source={index.Index.DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
