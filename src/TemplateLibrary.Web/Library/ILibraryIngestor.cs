using TemplateLibrary.Core.Ingestion;

namespace TemplateLibrary.Web.Library;

/// <summary>Adds files to the library through the ingestion pipeline.</summary>
internal interface ILibraryIngestor
{
    /// <summary>Ingests the files or folders; an optional manifest file supplies the librarian's metadata.</summary>
    IngestOutcome Ingest(IReadOnlyList<string> paths, string? manifestPath, CancellationToken cancellationToken, IProgress<IngestionProgress>? progress = null);
}
