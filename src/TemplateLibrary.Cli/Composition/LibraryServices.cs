using Microsoft.Extensions.DependencyInjection;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Composition;
using TemplateLibrary.Web.Librarian;
using TemplateLibrary.Web.Partnerships;

namespace TemplateLibrary.Cli.Composition;

/// <summary>What a command works with, from the one composition the web app also uses (<see cref="TemplateLibraryServices"/>);
/// each service is made on first use, so a search never compiles the tagger's cues.</summary>
internal sealed class LibraryServices : IDisposable
{
    private readonly ServiceProvider provider;

    private LibraryServices(ServiceProvider provider)
    {
        this.provider = provider;
    }

    public Taxonomy Taxonomy => provider.GetRequiredService<Taxonomy>();

    public AutoTagger Tagger => provider.GetRequiredService<AutoTagger>();

    /// <summary>The clause and agreement-fact reader.</summary>
    public AgreementReader Agreements => provider.GetRequiredService<AgreementReader>();

    public IFileExtractor Extractor => LibraryPipelines.Extractor();

    /// <summary>Account changes, audited.</summary>
    public AccountAdministration Administration => provider.GetRequiredService<AccountAdministration>();

    /// <summary>The audit trail, in the catalogue.</summary>
    public AuditLog Audit => provider.GetRequiredService<AuditLog>();

    /// <summary>Removal with a tombstone, and restore.</summary>
    public DocumentRemoval Removal
    {
        get
        {
            _ = Index; // A folder without an index is a usage error.
            return provider.GetRequiredService<DocumentRemoval>();
        }
    }

    /// <summary>A librarian's corrections, audited.</summary>
    public DocumentCorrection Correction
    {
        get
        {
            _ = Index; // A folder without an index is a usage error.
            return provider.GetRequiredService<DocumentCorrection>();
        }
    }

    /// <summary>A librarian's corrections and merges of arrangements, audited.</summary>
    public ArrangementCorrection ArrangementCorrection
    {
        get
        {
            _ = Index; // A folder without an index is a usage error.
            return provider.GetRequiredService<ArrangementCorrection>();
        }
    }

    /// <summary>The existing index, opened on first use; a folder without one is a usage error, and nothing is created.</summary>
    public LibraryIndex Index
    {
        get
        {
            var directory = provider.GetRequiredService<LibrarySetup>().IndexDirectory;
            if (!LibraryIndex.Exists(directory))
            {
                throw new UsageException($"no index in {directory}: run 'templib ingest PATH' first, or pass --index DIR");
            }

            return provider.GetRequiredService<LibraryIndex>();
        }
    }

    public static LibraryServices Create(CliContext context, string indexOption, string? taxonomyOption)
    {
        var setup = new LibrarySetup
        {
            IndexDirectory = context.Resolve(indexOption),
            TaxonomyFile = taxonomyOption is null ? null : context.Resolve(taxonomyOption),
        };
        var services = new ServiceCollection().AddTemplateLibrary(setup);
        var provider = services.BuildServiceProvider();
        // The taxonomy file is read now, so a bad one is reported before any work starts.
        _ = provider.GetRequiredService<Taxonomy>();
        return new LibraryServices(provider);
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

        return provider.GetRequiredService<LibraryPipelines>().Create(limits, ocr);
    }

    public void Dispose() => provider.Dispose();
}
