using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;

namespace TemplateLibrary.Web.Library;

/// <summary>Adds files to the library through the ingestion pipeline.</summary>
internal interface ILibraryIngestor
{
    /// <summary>Ingests the files or folders; an optional manifest file supplies the librarian's metadata.</summary>
    IngestOutcome Ingest(IReadOnlyList<string> paths, string? manifestPath, CancellationToken cancellationToken, IProgress<IngestionProgress>? progress = null);

    /// <summary>Ingests the files with metadata already checked (an upload's form), without a manifest file.</summary>
    IngestOutcome Ingest(IReadOnlyList<string> paths, LibraryManifest? manifest, CancellationToken cancellationToken);

    /// <summary>The vocabulary metadata is checked against.</summary>
    IFacetVocabulary Vocabulary { get; }
}
