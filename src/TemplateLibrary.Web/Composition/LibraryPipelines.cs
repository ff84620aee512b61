using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Web.Librarian;

namespace TemplateLibrary.Web.Composition;

/// <summary>Builds ingestion pipelines and extractors over the library's index, tagger and taxonomy.</summary>
public sealed class LibraryPipelines(IServiceProvider services)
{
    /// <summary>The taxonomy's vocabulary for manifests and in-file metadata.</summary>
    public TaxonomyVocabulary Vocabulary => new(services.GetRequiredService<Taxonomy>());

    /// <summary>An extractor for every supported format, within the limits.</summary>
    public static IFileExtractor Extractor(ExtractionLimits? limits = null) => FileExtractor.CreateDefault(limits ?? ExtractionLimits.Default);

    /// <summary>A pipeline that extracts, tags, reads agreements' clauses and writes to the library's index; <paramref name="ocr"/> false leaves scanned pages unread.</summary>
    public IngestionPipeline Create(ExtractionLimits? limits = null, bool ocr = true)
    {
        var chosen = limits ?? ExtractionLimits.Default;
        var extractor = FileExtractor.CreateDefault(chosen, ocr);
        return new IngestionPipeline(extractor, services.GetRequiredService<IDocumentIndex>(), new IngestionOptions
        {
            Extensions = extractor.SupportedExtensions,
            Limits = chosen,
            Tagger = services.GetRequiredService<AutoTagger>(),
            Agreements = services.GetRequiredService<AgreementReader>(),
            Vocabulary = Vocabulary,
            IsRemoved = services.GetRequiredService<TombstoneStore>().Contains,
        });
    }
}
