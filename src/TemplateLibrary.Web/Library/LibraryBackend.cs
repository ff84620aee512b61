using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;

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
        var taxonomy = options.TaxonomyFile is null ? Taxonomy.LoadDefault() : Taxonomy.Load(options.TaxonomyFile);
        var index = LibraryIndex.Open(options.IndexDirectory, new LibraryIndexOptions { LabelFor = taxonomy.LabelFor });
        var ingestion = new IngestionOptions
        {
            Tagger = new AutoTagger(taxonomy),
            Agreements = new AgreementReader(taxonomy),
            Vocabulary = new TaxonomyVocabulary(taxonomy),
        };
        var ingestor = new PipelineIngestor(FileExtractor.CreateDefault(ingestion.Limits), index, ingestion);
        return new LibraryBackend(new IndexLibrary(index, taxonomy), ingestor, index);
    }

    /// <inheritdoc />
    public void Dispose() => owned?.Dispose();
}
