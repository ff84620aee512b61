using TemplateLibrary.Core.Errors;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Api;

/// <summary>Maps the read-only JSON API.</summary>
internal static class ApiEndpoints
{
    /// <summary>Adds /api/search, /api/documents/{id}, /api/documents/{id}/file, /api/facets, /api/suggest and /api/health.</summary>
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", (HttpRequest request, ILibrary library) =>
            WithQuery(request, query => Results.Json(ApiJson.Search(library.Search(query)))));
        api.MapGet("/facets", (HttpRequest request, ILibrary library) =>
            WithQuery(request, query => Results.Json(ApiJson.Facets(library.Search(query with { Limit = 1, Offset = 0 })))));
        api.MapGet("/suggest", (string? q, int? limit, ILibrary library) =>
            Results.Json(string.IsNullOrWhiteSpace(q) || q.Length > 100 ? [] : library.Suggest(q.Trim(), Math.Clamp(limit ?? 8, 1, 20))));
        api.MapGet("/health", (ILibrary library) => Results.Json(new { status = "ok", documents = library.CountDocuments() }));
        api.MapGet("/documents/{id}", (string id, ILibrary library) =>
            library.GetDocument(id) is { } document
                ? Results.Json(ApiJson.Document(document, library.FindSimilar(id, 6)))
                : NotFound(id));
        api.MapGet("/documents/{id}/file", (string id, ILibrary library) => FileDownload.Serve(library, id));
    }

    /// <summary>A 404 ProblemDetails for an unknown document id.</summary>
    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"no document with id '{id}'");

    private static IResult WithQuery(HttpRequest request, Func<LibrarySearchQuery, IResult> run)
    {
        try
        {
            return run(SearchParameters.Read(request.Query));
        }
        catch (SearchQueryException error)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query", detail: error.Message);
        }
    }
}
