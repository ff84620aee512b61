using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Search.Searching;

/// <summary>Scores a text match in rowid slices, one per core, each on its own connection.</summary>
/// <remarks>
/// FTS5 computes bm25 for every matching row; a word found in most of 10,000 documents costs 10-20 ms on one core.
/// The slices give the same rows and scores (bm25's statistics are table-wide) in about half the time on two cores.
/// The calling thread runs every slice no other thread has started, so a busy pool delays a search but never blocks it.
/// </remarks>
internal sealed class SlicedScorer
{
    /// <summary>Below this many documents one statement is fast enough.</summary>
    public const int DefaultMinDocuments = 2000;

    private const int MaxSlices = 4;
    private readonly Func<SqliteConnection> open;
    private readonly int slices;
    private readonly int minDocuments;

    /// <summary>Creates the scorer over a way to open connections; with one core it runs one statement.</summary>
    public SlicedScorer(Func<SqliteConnection> open, int processors, int minDocuments = DefaultMinDocuments)
    {
        this.open = open;
        this.minDocuments = minDocuments;
        slices = Math.Clamp(processors, 1, MaxSlices);
    }

    /// <summary>Every matching rowid with its score, as <see cref="FtsMatcher.Match"/> returns them.</summary>
    public List<(long RowId, double Score)> Match(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot, string expression)
    {
        if (slices < 2 || snapshot.Documents.Count < minDocuments)
        {
            return FtsMatcher.Match(connection, transaction, expression, score: true);
        }

        var work = RowIdSlice.Split(snapshot.SortedRowIds, slices).Select(s => new SliceWork(s)).ToArray();
        for (var i = 1; i < work.Length; i++)
        {
            var item = work[i];
            ThreadPool.UnsafeQueueUserWorkItem(_ => RunElsewhere(item, snapshot.Generation, expression), null);
        }

        work[0].Rows = FtsMatcher.Match(connection, transaction, expression, score: true, work[0].Slice);
        var rows = work[0].Rows!;
        for (var i = 1; i < work.Length; i++)
        {
            var item = work[i];
            if (item.TryClaim())
            {
                item.Rows = FtsMatcher.Match(connection, transaction, expression, score: true, item.Slice);
            }
            else
            {
                item.Done.Wait();
                // Another generation was committed in between, or the slice failed: redo it here, in this snapshot.
                item.Rows ??= FtsMatcher.Match(connection, transaction, expression, score: true, item.Slice);
            }

            rows.AddRange(item.Rows);
            item.Done.Dispose();
        }

        return rows;
    }

    private void RunElsewhere(SliceWork item, long generation, string expression)
    {
        if (!item.TryClaim())
        {
            return;
        }

        try
        {
            using var connection = open();
            using var transaction = connection.BeginTransaction(deferred: true);
            if (FacetSnapshot.ReadGeneration(connection, transaction) == generation)
            {
                item.Rows = FtsMatcher.Match(connection, transaction, expression, score: true, item.Slice);
            }
        }
#pragma warning disable CA1031 // Any failure is retried on the caller's thread, which reports it properly.
        catch (Exception)
#pragma warning restore CA1031
        {
            item.Rows = null;
        }
        finally
        {
            item.Done.Set();
        }
    }
}
