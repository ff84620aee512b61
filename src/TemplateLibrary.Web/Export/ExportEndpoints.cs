using TemplateLibrary.Search;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Web.Hosting;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Export;

/// <summary>Maps /api/export: the current result set (the same parameters as /api/search, its page ignored) as CSV,
/// JSON or a ZIP bundle of the original files with a manifest. A read route: readers may export.</summary>
internal static partial class ExportEndpoints
{
    /// <summary>The route.</summary>
    public const string Path = "/api/export";

    /// <summary>Adds the route.</summary>
    public static void MapExport(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (string? format, HttpRequest request, LibraryIndex index, LibraryPaths paths, BundleLimits limits, ILogger<ResultSetExport> logger) =>
        {
            var chosen = ExportFormats.Parse(format);
            var export = ResultSetExport.Of(index, SearchParameters.Read(request.Query), paths.Relative);
            var contentType = ExportFormats.ContentType(chosen);
            var fileName = "templib-export." + ExportFormats.Extension(chosen);
            if (HeadRequests.IsHead(request.HttpContext))
            {
                // A link checker's HEAD gets the headers without the server reading every file of a bundle, and the
                // same refusal as GET for a bundle over the limit (the sizes are looked up, no file is read).
                export.Check(chosen, limits);
                return Results.Stream(_ => Task.CompletedTask, contentType, fileName);
            }

            return Results.Stream(
                async body =>
                {
                    var report = await export.WriteAsync(chosen, body, limits, request.HttpContext.RequestAborted).ConfigureAwait(false);
                    foreach (var reason in report.Skipped)
                    {
                        LeftOut(logger, reason);
                    }
                },
                contentType,
                fileName);
        });

    /// <summary>The URL of an export of a search's results in a format.</summary>
    public static string UrlFor(TemplateLibrary.Search.Model.SearchRequest search, ExportFormat format)
    {
        var url = SearchParameters.ToUrl(search with { Offset = 0, Limit = TemplateLibrary.Search.Model.SearchRequest.DefaultLimit }, Path);
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=" + ExportFormats.Extension(format);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export bundle left out {Reason}")]
    private static partial void LeftOut(ILogger logger, string reason);
}
