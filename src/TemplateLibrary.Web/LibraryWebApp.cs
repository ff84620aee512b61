using TemplateLibrary.Search;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Api;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Clauses;
using TemplateLibrary.Web.Export;
using TemplateLibrary.Web.Partnerships;
using TemplateLibrary.Web.Composition;
using TemplateLibrary.Web.Fill;
using TemplateLibrary.Web.Hosting;
using TemplateLibrary.Web.Insights;
using TemplateLibrary.Web.Librarian;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Pages;
using TemplateLibrary.Web.Upload;

namespace TemplateLibrary.Web;

/// <summary>Builds the web front end: search page, document pages, browse matrix, JSON API and librarian upload.</summary>
public static class LibraryWebApp
{
    /// <summary>The configuration key that makes readers sign in too.</summary>
    public const string RequireSignInSetting = "TemplateLibrary:RequireSignIn";

    /// <summary>Builds the app over the index; on an empty index it first ingests the corpus folder.</summary>
    public static WebApplication Build(LibraryWebOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        LoggingDefaults.AddTo(builder.Configuration);
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls((options.Urls ?? builder.Configuration["urls"] ?? LibraryWebOptions.DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var requireSignIn = options.RequireSignIn ?? builder.Configuration.GetValue<bool>(RequireSignInSetting);
        builder.Services.AddTemplateLibrary(new LibrarySetup
        {
            IndexDirectory = options.IndexDirectory,
            TaxonomyFile = options.TaxonomyFile,
            FollowInterval = LibraryWebOptions.FollowInterval,
        });
        builder.Services.AddSingleton<ILibraryIngestor, PipelineIngestor>();
        builder.Services.AddSingleton(new LibraryPaths(options.ResolvedLibraryRoot));
        builder.Services.AddSingleton(new BundleLimits { MaxBytes = options.MaxExportBundleBytes });
        builder.Services.AddSingleton(services => new UploadService(
            options, services.GetRequiredService<ILibraryIngestor>(), services.GetRequiredService<LibraryIndex>(), services.GetRequiredService<LibraryPaths>(), services.GetRequiredService<AuditLog>()));
        builder.Services.AddLibraryAccounts(requireSignIn, options.FailedSignInsPerMinute);
        builder.Services.ConfigureHttpJsonOptions(json => ContractJson.Configure(json.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddExceptionHandler<LibraryErrors>();
        builder.Services.AddAntiforgery();
        builder.Services.AddRequestLog();

        var app = builder.Build();
        FirstRunIngest.RunIfEmpty(app.Services.GetRequiredService<LibraryIndex>(), app.Services.GetRequiredService<ILibraryIngestor>(), options.CorpusDirectory, app.Logger);

        app.UseRequestLog();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseErrorResponses();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapPages();
        app.MapApi();
        app.MapExport();
        app.MapUpload();
        app.MapUploadPage();
        app.MapSignIn();
        app.MapAudit();
        app.MapRemoval();
        app.MapRetag();
        app.MapReview();
        app.MapAccountManagement();
        app.MapFill();
        app.MapClauses();
        app.MapPartnerships();
        app.MapArrangements();
        app.MapDirectoryExport();
        app.MapInsights();
        app.MapOpenApi();
        return app;
    }
}
