using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Librarian;
using TemplateLibrary.Web.Partnerships;

namespace TemplateLibrary.Web.Composition;

/// <summary>The one composition of the library, for the CLI and the web app alike.</summary>
public static class TemplateLibraryServices
{
    /// <summary>Adds the taxonomy, the index (opened on first use), the tagger, the agreement reader, the ingestion pipelines, the accounts and the audit trail.</summary>
    public static IServiceCollection AddTemplateLibrary(this IServiceCollection services, LibrarySetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        services.AddSingleton(setup);
        services.AddSingleton(_ => setup.TaxonomyFile is null ? Taxonomy.LoadDefault() : Taxonomy.Load(setup.TaxonomyFile));
        services.AddSingleton(provider => LibraryIndex.Open(setup.IndexDirectory, new LibraryIndexOptions
        {
            Taxonomy = provider.GetRequiredService<Taxonomy>(),
            FollowInterval = setup.FollowInterval,
        }));
        services.AddSingleton<IDocumentIndex>(provider => provider.GetRequiredService<LibraryIndex>());
        services.AddSingleton(provider => new AutoTagger(provider.GetRequiredService<Taxonomy>()));
        services.AddSingleton(provider => new AgreementReader(provider.GetRequiredService<Taxonomy>()));
        services.AddSingleton<LibraryPipelines>();
        services.AddSingleton(provider => new AccountStore(provider.GetRequiredService<LibraryIndex>().DatabasePath));
        services.AddSingleton(provider => new AuditLog(provider.GetRequiredService<LibraryIndex>().DatabasePath));
        services.AddSingleton(provider => new TombstoneStore(provider.GetRequiredService<LibraryIndex>().DatabasePath));
        services.AddSingleton<DocumentRemoval>();
        services.AddSingleton<DocumentCorrection>();
        services.AddSingleton<ArrangementCorrection>();
        services.AddSingleton<AccountAdministration>();
        return services;
    }
}
