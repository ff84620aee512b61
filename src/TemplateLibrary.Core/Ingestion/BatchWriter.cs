using System.Diagnostics;
using System.Threading.Channels;
using TemplateLibrary.Core.Indexing;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>The single writer: commits results in batches, each batch one transaction.</summary>
internal sealed class BatchWriter
{
    private static readonly TimeSpan MaxBatchAge = TimeSpan.FromSeconds(2);

    private readonly IDocumentIndex _index;
    private readonly int _batchSize;
    private readonly bool _dryRun;
    private readonly List<FileResult> _pending = [];

    public BatchWriter(IDocumentIndex index, int batchSize, bool dryRun)
    {
        _index = index;
        _batchSize = Math.Max(1, batchSize);
        _dryRun = dryRun;
    }

    /// <summary>The outcomes of every file written (or, on a dry run, that would be).</summary>
    public List<FileOutcome> Outcomes { get; } = [];

    public async Task ConsumeAsync(ChannelReader<FileResult> reader, CancellationToken cancellationToken)
    {
        var age = Stopwatch.StartNew();
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var result))
            {
                _pending.Add(result);
                if (_pending.Count >= _batchSize)
                {
                    Flush();
                    age.Restart();
                }
            }

            if (age.Elapsed > MaxBatchAge)
            {
                Flush();
                age.Restart();
            }
        }

        Flush();
    }

    /// <summary>Forgets paths that vanished; documents left with no path are deleted by the index.</summary>
    public void ApplyRemovals(IReadOnlyList<string> paths)
    {
        if (_dryRun || paths.Count == 0)
        {
            return;
        }

        var changes = new IndexChangeSet();
        changes.RemovePaths.AddRange(paths);
        _index.Apply(changes);
    }

    public IEnumerable<FileOutcome> RemovalOutcomes(IEnumerable<Removal> removals) =>
        removals.Select(r => new FileOutcome(r.Path, FileOutcomeKind.Removed, r.DocumentId, "no longer in the folder"));

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToList();
        _pending.Clear();
        if (_dryRun)
        {
            Outcomes.AddRange(batch.Select(r => r.Outcome));
            return;
        }

        try
        {
            _index.Apply(ToChangeSet(batch));
            Outcomes.AddRange(batch.Select(r => r.Outcome));
        }
        catch (Exception ex) when (batch.Count > 1 && ex is not OperationCanceledException)
        {
            // Write one at a time so that the one record the index refuses fails alone.
            foreach (var result in batch)
            {
                WriteOne(result);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Outcomes.Add(Failed(batch[0], ex));
        }
    }

    private void WriteOne(FileResult result)
    {
        try
        {
            _index.Apply(ToChangeSet([result]));
            Outcomes.Add(result.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Outcomes.Add(Failed(result, ex));
        }
    }

    private static FileOutcome Failed(FileResult result, Exception ex) =>
        result.Outcome with { Kind = FileOutcomeKind.Failed, Reason = $"could not be written to the index: {ex.Message}" };

    private static IndexChangeSet ToChangeSet(IEnumerable<FileResult> results)
    {
        var changes = new IndexChangeSet();
        foreach (var result in results)
        {
            if (result.Record is not null)
            {
                changes.Upserts.Add(result.Record);
            }

            if (result.Attachment is not null)
            {
                changes.AttachPaths.Add(result.Attachment);
            }
        }

        return changes;
    }
}
