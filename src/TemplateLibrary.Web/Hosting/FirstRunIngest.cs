using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Hosting;

/// <summary>On an empty index, ingests the sample library so a new user sees documents at once.</summary>
internal static class FirstRunIngest
{
    /// <summary>Ingests the corpus folder (with its manifest.csv) when the library is empty and the folder exists.</summary>
    public static void RunIfEmpty(LibraryIndex index, ILibraryIngestor ingestor, string? corpusDirectory, ILogger logger)
    {
        if (string.IsNullOrEmpty(corpusDirectory) || !Directory.Exists(corpusDirectory) || index.GetStats().Documents > 0)
        {
            return;
        }

        var manifest = Path.Combine(corpusDirectory, "manifest.csv");
        logger.LogInformation("The index is empty: ingesting the sample library in {Corpus} first", corpusDirectory);
        var outcome = ingestor.Ingest([corpusDirectory], File.Exists(manifest) ? manifest : null, CancellationToken.None);
        index.Refresh();
        logger.LogInformation(
            "Ingested {Corpus}: {Added} added, {Failed} failed",
            corpusDirectory,
            outcome.CountOf(nameof(FileOutcomeKind.Added).ToLowerInvariant()),
            outcome.CountOf(nameof(FileOutcomeKind.Failed).ToLowerInvariant()));
        foreach (var failure in outcome.Files.Where(f => f.Reason is not null && f.Status == "failed"))
        {
            logger.LogWarning("Could not ingest {File}: {Reason}", failure.File, failure.Reason);
        }
    }
}
