using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Api;

/// <summary>Maps the read-only JSON API; its shapes are the Search.Model records, the same as the CLI's --json.</summary>
internal static class ApiEndpoints
{
    /// <summary>Adds /api/search, /api/documents/{id}, /api/documents/{id}/file, /api/facets, /api/suggest and /api/health.</summary>
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", (HttpRequest request, LibraryIndex index, LibraryPaths paths) => Results.Json(paths.Relative(index.Search(SearchParameters.Read(request.Query)))));
        api.MapGet("/facets", (HttpRequest request, LibraryIndex index) =>
            Results.Json(index.Search(SearchParameters.Read(request.Query) with { Limit = 1, Offset = 0 }).Facets));
        api.MapGet("/suggest", (string? q, int? limit, LibraryIndex index) =>
            Results.Json(string.IsNullOrWhiteSpace(q) || q.Length > 100 ? [] : index.Suggest(q.Trim(), Math.Clamp(limit ?? 8, 1, 20))));
        api.MapGet("/health", (LibraryIndex index) => Results.Json(new { status = "ok", documents = index.Search(new SearchRequest { Limit = 1 }).Total }));
        api.MapGet("/documents/{id}", (string id, LibraryIndex index, LibraryPaths paths) =>
            Results.Json(paths.Relative(index.GetDetails(id) ?? throw new DocumentNotFoundException(id))));
        api.MapGet("/documents/{id}/file", (string id, LibraryIndex index) => FileDownload.Serve(index, id));
    }
}
