using Microsoft.AspNetCore.Http.Features;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Api;
using TemplateLibrary.Web.Clauses;
using TemplateLibrary.Web.Composition;
using TemplateLibrary.Web.Fill;
using TemplateLibrary.Web.Hosting;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Pages;
using TemplateLibrary.Web.Upload;

namespace TemplateLibrary.Web;

/// <summary>Builds the web front end: search page, document pages, browse matrix, JSON API and librarian upload.</summary>
public static class LibraryWebApp
{
    /// <summary>The configuration key of the librarian's upload key.</summary>
    public const string UploadApiKeySetting = "TemplateLibrary:UploadApiKey";

    /// <summary>Builds the app over the index; on an empty index it first ingests the corpus folder.</summary>
    public static WebApplication Build(LibraryWebOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls((options.Urls ?? builder.Configuration["urls"] ?? LibraryWebOptions.DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var apiKey = options.UploadApiKey ?? builder.Configuration[UploadApiKeySetting];
        builder.Services.AddTemplateLibrary(new LibrarySetup
        {
            IndexDirectory = options.IndexDirectory,
            TaxonomyFile = options.TaxonomyFile,
            FollowInterval = LibraryWebOptions.FollowInterval,
        });
        builder.Services.AddSingleton<ILibraryIngestor, PipelineIngestor>();
        builder.Services.AddSingleton(services => new UploadService(options, string.IsNullOrWhiteSpace(apiKey) ? null : apiKey, services.GetRequiredService<ILibraryIngestor>()));
        builder.Services.ConfigureHttpJsonOptions(json => ContractJson.Configure(json.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<LibraryErrors>();
        builder.Services.AddAntiforgery();
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadRequestBytes);

        var app = builder.Build();
        FirstRunIngest.RunIfEmpty(app.Services.GetRequiredService<LibraryIndex>(), app.Services.GetRequiredService<ILibraryIngestor>(), options.CorpusDirectory, app.Logger);

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapPages();
        app.MapApi();
        app.MapUpload();
        app.MapUploadPage();
        app.MapFill();
        app.MapClauses();
        return app;
    }
}
