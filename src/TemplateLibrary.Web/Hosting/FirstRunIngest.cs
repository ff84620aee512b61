using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Hosting;

/// <summary>On an empty index, ingests the sample library so a new user sees documents at once, saying what it does meanwhile.</summary>
internal static partial class FirstRunIngest
{
    /// <summary>Ingests the corpus folder (with its manifest.csv) when the library is empty and the folder exists.</summary>
    public static void RunIfEmpty(LibraryIndex index, ILibraryIngestor ingestor, string? corpusDirectory, ILogger logger)
    {
        if (string.IsNullOrEmpty(corpusDirectory) || !Directory.Exists(corpusDirectory) || index.GetStats().Documents > 0)
        {
            return;
        }

        var manifest = Path.Combine(corpusDirectory, "manifest.csv");
        Starting(logger, corpusDirectory);
        var progress = new ProgressLog(logger);
        var outcome = ingestor.Ingest([corpusDirectory], File.Exists(manifest) ? manifest : null, CancellationToken.None, progress);
        index.Refresh();
        Finished(logger, outcome.CountOf(nameof(FileOutcomeKind.Added).ToLowerInvariant()), outcome.CountOf(nameof(FileOutcomeKind.Failed).ToLowerInvariant()), progress.Elapsed.TotalSeconds);
        foreach (var failure in outcome.Files.Where(f => f.Reason is not null && f.Status == "failed"))
        {
            Failed(logger, Path.GetFileName(failure.File), failure.Reason!);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First run: the index is empty, so the sample library in {Corpus} is ingested before the server answers (about half a minute)")]
    private static partial void Starting(ILogger logger, string corpus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting the sample library: {Done}/{Total} files")]
    private static partial void Progress(ILogger logger, int done, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "First run done: {Added} documents added, {Failed} failed, in {Seconds:0} s")]
    private static partial void Finished(ILogger logger, int added, int failed, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ingest {File}: {Reason}")]
    private static partial void Failed(ILogger logger, string file, string reason);

    /// <summary>Logs N/M at every tenth of the files (and the last), from whichever thread reports.</summary>
    private sealed class ProgressLog(ILogger logger) : IProgress<IngestionProgress>
    {
        private int _lastStep = -1;

        public TimeSpan Elapsed { get; private set; }

        public void Report(IngestionProgress value)
        {
            Elapsed = value.Elapsed;
            if (value.FilesTotal == 0)
            {
                return;
            }

            var step = value.FilesDone * 10 / value.FilesTotal;
            var last = Volatile.Read(ref _lastStep);
            if (step > last && Interlocked.CompareExchange(ref _lastStep, step, last) == last)
            {
                Progress(logger, value.FilesDone, value.FilesTotal);
            }
        }
    }
}
