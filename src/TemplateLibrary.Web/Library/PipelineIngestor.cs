using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Web.Composition;

namespace TemplateLibrary.Web.Library;

/// <summary>Ingests through Core's pipeline, the same one the CLI uses.</summary>
internal sealed class PipelineIngestor(LibraryPipelines pipelines) : ILibraryIngestor
{
    /// <inheritdoc />
    public IngestOutcome Ingest(IReadOnlyList<string> paths, string? manifestPath, CancellationToken cancellationToken, IProgress<IngestionProgress>? progress = null) =>
        Run(paths, manifestPath is null ? null : ManifestReader.Read(manifestPath, pipelines.Vocabulary), progress, cancellationToken);

    /// <inheritdoc />
    public IngestOutcome Ingest(IReadOnlyList<string> paths, LibraryManifest? manifest, CancellationToken cancellationToken) =>
        Run(paths, manifest, null, cancellationToken);

    /// <inheritdoc />
    public IFacetVocabulary Vocabulary => pipelines.Vocabulary;

    private IngestOutcome Run(IReadOnlyList<string> paths, LibraryManifest? manifest, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var report = pipelines.Create().Run(new IngestionRequest { Paths = paths, Manifest = manifest }, progress, cancellationToken);
        return new IngestOutcome([.. report.Files.Select(f => new IngestFileResult(f.Path, f.Kind.ToString().ToLowerInvariant(), f.DocumentId, f.Reason))]);
    }
}
