using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;

namespace TemplateLibrary.Web.Library;

/// <summary>Ingests through Core's pipeline, the same one the CLI uses.</summary>
internal sealed class PipelineIngestor(IFileExtractor extractor, IDocumentIndex index, IngestionOptions options) : ILibraryIngestor
{
    /// <inheritdoc />
    public IngestOutcome Ingest(IReadOnlyList<string> paths, string? manifestPath, CancellationToken cancellationToken)
    {
        var manifest = manifestPath is null ? null : ManifestReader.Read(manifestPath, options.Vocabulary);
        var pipeline = new IngestionPipeline(extractor, index, options);
        var report = pipeline.Run(new IngestionRequest { Paths = paths, Manifest = manifest }, null, cancellationToken);
        return new IngestOutcome([.. report.Files.Select(f => new IngestFileResult(f.Path, f.Kind.ToString().ToLowerInvariant(), f.DocumentId, f.Reason))]);
    }
}
