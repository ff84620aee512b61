using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Indexing;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Search_WhileAnotherConnectionHoldsAWriteTransaction_ReadsTheCommittedState()
    {
        Fixture.Load(temp.Index);
        temp.Index.Refresh();
        using var writer = new SqliteConnection($"Data Source={temp.Index.DatabasePath};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var command = writer.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "UPDATE meta SET value = value + 1 WHERE key = 'generation'; DELETE FROM documents;";
            command.ExecuteNonQuery();
        }

        // Another LibraryIndex stands in for a second process (the web server beside an ingest) reading meanwhile:
        // it cannot write the full-text index (this one holds the lease), so it reads its last commit.
        using var reader = LibraryIndex.Open(temp.Directory, new LibraryIndexOptions { BusyTimeout = TimeSpan.FromSeconds(1) });
        var during = reader.Search(new SearchRequest { Query = "agreement OR committee" });
        during.Total.Should().BeGreaterThan(0);
        during.Results.Should().OnlyContain(r => r.Snippet.HasMatch || r.Snippet.PlainText.Length > 0);
        reader.GetDocument("d1").Should().NotBeNull();

        transaction.Commit();
        temp.Index.Refresh();
        reader.Refresh();
        reader.Search(new SearchRequest()).Total.Should().Be(0);
        temp.Index.Search(new SearchRequest()).Total.Should().Be(0);
    }

    [Fact]
    public async Task Apply_FromTwoThreads_BothCommit()
    {
        var first = Task.Run(() => temp.Index.Apply(Docs.Upserts(Enumerable.Range(0, 50).Select(i => Docs.Make($"a{i}", "Alpha", "alpha text")).ToArray())));
        var second = Task.Run(() => temp.Index.Apply(Docs.Upserts(Enumerable.Range(0, 50).Select(i => Docs.Make($"b{i}", "Beta", "beta text")).ToArray())));
        await Task.WhenAll(first, second);

        temp.Index.Search(new SearchRequest()).Total.Should().Be(100);
    }
}
