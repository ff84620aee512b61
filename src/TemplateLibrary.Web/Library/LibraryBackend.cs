namespace TemplateLibrary.Web.Library;

/// <summary>The library the app reads, the ingestor it writes with, and what to dispose at shutdown.</summary>
internal sealed class LibraryBackend(ILibrary library, ILibraryIngestor? ingestor, IDisposable? owned) : IDisposable
{
    /// <summary>The library the pages and API read.</summary>
    public ILibrary Library { get; } = library;

    /// <summary>The pipeline for first-run ingestion and uploads; null when ingestion is unavailable.</summary>
    public ILibraryIngestor? Ingestor { get; } = ingestor;

    /// <summary>Opens the index at the configured folder with the default extractors and tagger.</summary>
    public static LibraryBackend Open(LibraryWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        throw new NotSupportedException("the search index is not available in this build yet");
    }

    /// <inheritdoc />
    public void Dispose() => owned?.Dispose();
}
