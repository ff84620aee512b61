using Microsoft.AspNetCore.Http.Features;
using TemplateLibrary.Web.Api;
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

        var backend = options.Library is not null
            ? new LibraryBackend(options.Library, options.Ingestor, null)
            : LibraryBackend.Open(options);
        var apiKey = options.UploadApiKey ?? builder.Configuration[UploadApiKeySetting];
        builder.Services.AddSingleton(backend);
        builder.Services.AddSingleton(backend.Library);
        builder.Services.AddSingleton(new UploadService(options, string.IsNullOrWhiteSpace(apiKey) ? null : apiKey, backend.Ingestor));
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery();
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadRequestBytes);

        var app = builder.Build();
        FirstRunIngest.RunIfEmpty(backend.Library, backend.Ingestor, options.CorpusDirectory, app.Logger);

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
        return app;
    }
}
