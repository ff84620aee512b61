using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Composition;

/// <summary>The composition root: the taxonomy, tagger, extractor and index a command works with.</summary>
internal sealed class LibraryServices : IDisposable
{
    private LibraryIndex? _index;
    private AutoTagger? _tagger;
    private AgreementReader? _agreements;

    private LibraryServices(string indexDirectory, Taxonomy taxonomy)
    {
        IndexDirectory = indexDirectory;
        Taxonomy = taxonomy;
        Extractor = FileExtractor.CreateDefault(ExtractionLimits.Default);
    }

    public string IndexDirectory { get; }

    public Taxonomy Taxonomy { get; }

    /// <summary>The tagger, built on first use: searches never pay for compiling its cues.</summary>
    public AutoTagger Tagger => _tagger ??= new AutoTagger(Taxonomy);

    /// <summary>The clause and agreement-fact reader, built on first use.</summary>
    public AgreementReader Agreements => _agreements ??= new AgreementReader(Taxonomy);

    public IFileExtractor Extractor { get; }

    /// <summary>The index, opened (and created) on first use.</summary>
    public LibraryIndex Index => _index ??= LibraryIndex.Open(IndexDirectory, new LibraryIndexOptions { LabelFor = Taxonomy.LabelFor });

    public static LibraryServices Create(CliContext context, string indexOption, string? taxonomyOption)
    {
        var taxonomy = taxonomyOption is null ? Taxonomy.LoadDefault() : Taxonomy.Load(context.Resolve(taxonomyOption));
        return new LibraryServices(context.Resolve(indexOption), taxonomy);
    }

    public IngestionPipeline CreatePipeline(int? timeoutSeconds = null, long? maxFileMegabytes = null, bool ocr = true)
    {
        var limits = ExtractionLimits.Default;
        if (timeoutSeconds is > 0)
        {
            limits = limits with { Timeout = TimeSpan.FromSeconds(timeoutSeconds.Value) };
        }

        if (maxFileMegabytes is > 0)
        {
            limits = limits with { MaxFileBytes = maxFileMegabytes.Value * 1024 * 1024 };
        }

        var extractor = FileExtractor.CreateDefault(limits, ocr);
        return new IngestionPipeline(extractor, Index, new IngestionOptions
        {
            Extensions = extractor.SupportedExtensions,
            Limits = limits,
            Tagger = Tagger,
            Agreements = Agreements,
            Vocabulary = new TaxonomyVocabulary(Taxonomy),
        });
    }

    public void Dispose() => _index?.Dispose();
}
