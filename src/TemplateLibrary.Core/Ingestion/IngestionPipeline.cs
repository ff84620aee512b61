using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Indexing;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>Walks, hashes, extracts, tags and indexes files: parallel extraction, one batching writer.</summary>
public sealed class IngestionPipeline
{
    /// <summary>How many near-duplicates the summary lists for each document added or changed (its closest).</summary>
    public const int NearDuplicatesPerDocument = 3;

    private readonly IFileExtractor _extractor;
    private readonly IDocumentIndex _index;
    private readonly IngestionOptions _options;
    private readonly DocumentAssembler _assembler;

    /// <summary>Creates the pipeline over an extractor and an index.</summary>
    public IngestionPipeline(IFileExtractor extractor, IDocumentIndex index, IngestionOptions? options = null)
    {
        _extractor = extractor;
        _index = index;
        _options = options ?? new IngestionOptions();
        _assembler = new DocumentAssembler(_options.Tagger, _options.Vocabulary, _options.Agreements);
    }

    /// <summary>Runs the ingestion; one broken file fails alone and the rest are indexed.</summary>
    public async Task<IngestionReport> RunAsync(
        IngestionRequest request, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var walk = new FileWalker(_options.Extensions, request.Manifest?.Path).Walk(request.Paths, cancellationToken);
        var known = _index.GetFiles();
        var run = new IngestionRun(request, known, walk, progress, clock);

        var channel = Channel.CreateBounded<FileResult>(new BoundedChannelOptions(64) { SingleReader = true });
        var writer = new BatchWriter(_index, _options.BatchSize, request.DryRun);
        var writing = Task.Run(() => writer.ConsumeAsync(channel.Reader, cancellationToken), cancellationToken);

        var jobs = request.Jobs > 0 ? request.Jobs : Environment.ProcessorCount;
        try
        {
            await Parallel.ForEachAsync(
                walk.Files,
                new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
                async (path, ct) =>
                {
                    var result = await ProcessFileAsync(run, path, ct).ConfigureAwait(false);
                    await channel.Writer.WriteAsync(result, ct).ConfigureAwait(false);
                    result.Claim?.Release(result);
                    run.FileDone(path, result.SizeBytes);
                }).ConfigureAwait(false);
        }
        finally
        {
            channel.Writer.TryComplete();
        }

        await writing.ConfigureAwait(false);
        var outcomes = writer.Outcomes;
        outcomes.AddRange(walk.Outcomes);
        var removals = FindRemovals(walk, known);
        ReportMoves(outcomes, removals, known);
        writer.ApplyRemovals(removals.Select(r => r.Path).ToList());
        outcomes.AddRange(writer.RemovalOutcomes(removals.Where(r => !r.Moved)));

        return new IngestionReport(
            [.. outcomes.OrderBy(o => o.Path, StringComparer.Ordinal)], clock.Elapsed, run.BytesDone, request.DryRun,
            request.DryRun ? [] : FindNearDuplicates(outcomes));
    }

    /// <summary>Runs the ingestion synchronously.</summary>
    public IngestionReport Run(IngestionRequest request, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(request, progress, cancellationToken).GetAwaiter().GetResult();

    private async Task<FileResult> ProcessFileAsync(IngestionRun run, string path, CancellationToken ct)
    {
        run.FileStarted(path);
        long size;
        string hash;
        DateTimeOffset modified;
        try
        {
            var info = new FileInfo(path);
            size = info.Length;
            modified = info.LastWriteTimeUtc;
            if (size > _options.Limits.MaxFileBytes)
            {
                return FileResult.Fail(path, size, $"too large: {size / 1048576.0:0.#} MB (limit {_options.Limits.MaxFileBytes / 1048576} MB)");
            }

            hash = ContentHasher.HashFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileResult.Fail(path, 0, $"cannot read the file: {ex.Message}");
        }

        if (_options.IsRemoved?.Invoke(hash) == true)
        {
            return new FileResult(new FileOutcome(path, FileOutcomeKind.Skipped, null, "removed by a librarian: restore the document to bring it back"), size);
        }

        var file = new PlannedFile(path, hash, size, modified);
        var knownFile = run.Known.GetValueOrDefault(path);
        if (knownFile is not null && knownFile.Hash == hash && !run.Request.Force)
        {
            return new FileResult(new FileOutcome(path, FileOutcomeKind.Unchanged, knownFile.DocumentId), size);
        }

        var kind = knownFile is null ? FileOutcomeKind.Added : FileOutcomeKind.Updated;
        var (claim, owner) = run.Claim(hash, path);
        if (!owner)
        {
            // Identical content seen earlier in this run: attach once its owner has been written.
            var first = await claim.Completion.ConfigureAwait(false);
            return first.Outcome.Kind is FileOutcomeKind.Failed
                ? FileResult.Fail(path, size, $"identical to {first.Outcome.Path}, which failed: {first.Outcome.Reason}")
                : FileResult.Attach(file, first.Outcome.DocumentId!, $"same content as {first.Outcome.Path}");
        }

        var existingId = _index.FindDocumentIdByHash(hash);
        if (existingId is not null && !(run.Request.Force && knownFile?.DocumentId == existingId))
        {
            return FileResult.Attach(file, existingId, "same content as an indexed document") with { Claim = claim };
        }

        var id = knownFile is not null && run.PathCount(knownFile.DocumentId) == 1 ? knownFile.DocumentId : hash[..12];
        if (run.Request.DryRun)
        {
            return new FileResult(new FileOutcome(path, kind, id), size) { Claim = claim };
        }

        var extracted = await ExtractAsync(path, ct).ConfigureAwait(false);
        if (extracted.Failure is not null)
        {
            return FileResult.Fail(path, size, extracted.Failure) with { Claim = claim };
        }

        DocumentRecord record;
        try
        {
            record = _assembler.Assemble(file, id, extracted.Document!, run.Request.Manifest?.Find(path));
        }
        catch (RegexMatchTimeoutException)
        {
            // A cue's pattern ran out of time on this text (a very long document, a busy machine): this file fails
            // alone and is tried again at the next ingest, the rest of the batch goes on.
            return FileResult.Fail(path, size, "tagging took too long (a tag cue exceeded its time limit); run the ingest again") with { Claim = claim };
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return FileResult.Fail(path, size, $"could not be tagged ({ex.GetType().Name}: {ex.Message})") with { Claim = claim };
        }

        return new FileResult(new FileOutcome(path, kind, id), size) { Record = record, Claim = claim };
    }

    private async Task<(ExtractedDocument? Document, string? Failure)> ExtractAsync(string path, CancellationToken ct)
    {
        var timeout = _options.Limits.Timeout;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(timeout);
        var extraction = Task.Run(() => _extractor.Extract(path, budget.Token), CancellationToken.None);
        try
        {
            // An extractor that ignores its token is abandoned after a grace period so the batch goes on.
            var document = await extraction.WaitAsync(timeout + TimeSpan.FromSeconds(2), ct).ConfigureAwait(false);
            return (document, null);
        }
        catch (Exception ex) when (ex is TimeoutException || (budget.IsCancellationRequested && !ct.IsCancellationRequested))
        {
            return (null, $"took too long (over {timeout.TotalSeconds:0} s)");
        }
        catch (ExtractionException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is InsufficientExecutionStackException or OutOfMemoryException)
        {
            return (null, "too complex to read: the file's structure is nested too deeply or is too large");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, $"could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private List<NearDuplicateLink> FindNearDuplicates(IEnumerable<FileOutcome> outcomes)
    {
        var links = new List<NearDuplicateLink>();
        if (_index is not INearDuplicateFinder finder)
        {
            return links;
        }

        var seen = new HashSet<(string, string)>();
        foreach (var outcome in outcomes.Where(o => o.Kind is FileOutcomeKind.Added or FileOutcomeKind.Updated && o.DocumentId is not null))
        {
            // Only the closest few per document: a family of 40 versions would otherwise report 780 pairs, and memory
            // would grow with the square of the library; `show` lists every near-duplicate of a document.
            foreach (var other in finder.FindNearDuplicates(outcome.DocumentId!).Take(NearDuplicatesPerDocument))
            {
                var pair = string.CompareOrdinal(outcome.DocumentId, other.DocumentId) < 0
                    ? (outcome.DocumentId!, other.DocumentId)
                    : (other.DocumentId, outcome.DocumentId!);
                if (seen.Add(pair))
                {
                    links.Add(new NearDuplicateLink(outcome.DocumentId!, outcome.Path, other.DocumentId, other.Path, other.Similarity));
                }
            }
        }

        return links;
    }

    private static List<Removal> FindRemovals(WalkResult walk, IReadOnlyDictionary<string, IndexedFile> known)
    {
        var present = walk.Files.ToHashSet(StringComparer.Ordinal);
        var removals = new List<Removal>();
        foreach (var root in walk.Roots)
        {
            var prefix = root + Path.DirectorySeparatorChar;
            removals.AddRange(known.Values
                .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && !present.Contains(f.Path) && !File.Exists(f.Path))
                .Select(f => new Removal(f.Path, f.DocumentId, f.Hash)));
        }

        return removals.DistinctBy(r => r.Path).ToList();
    }

    private static void ReportMoves(List<FileOutcome> outcomes, List<Removal> removals, IReadOnlyDictionary<string, IndexedFile> known)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Kind != FileOutcomeKind.Duplicate || known.ContainsKey(outcome.Path))
            {
                continue;
            }

            var removed = removals.FirstOrDefault(r => !r.Moved && r.DocumentId == outcome.DocumentId);
            if (removed is not null)
            {
                removed.Moved = true;
                outcomes[i] = outcome with { Kind = FileOutcomeKind.Moved, Reason = $"moved from {removed.Path}" };
            }
        }
    }
}
