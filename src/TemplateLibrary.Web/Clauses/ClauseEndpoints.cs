using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Clauses;

/// <summary>Maps the clause search page, the compare view, the agreements due for review and their JSON.</summary>
internal static class ClauseEndpoints
{
    /// <summary>Adds /clauses, /clauses/compare, /agreements (due for review), /api/clauses and /api/agreements/due.</summary>
    public static void MapClauses(this IEndpointRouteBuilder app)
    {
        app.MapGet(ClauseParameters.Path, (HttpRequest request, LibraryIndex index, Taxonomy taxonomy) =>
        {
            var search = ClauseParameters.Read(request.Query);
            return PageEndpoints.Html(ClausesPage.Render(taxonomy, search, index.SearchClauses(search), null));
        });
        app.MapGet(ClauseParameters.ComparePath, (HttpRequest request, LibraryIndex index) =>
        {
            var ids = ClauseParameters.ReadIds(request.Query);
            var clauses = index.GetClauses(ids);
            var missing = ids.Where(id => !clauses.Any(c => c.Id == id)).ToList();
            return PageEndpoints.Html(ComparePage.Render(clauses, missing), clauses.Count == 0 && ids.Count > 0 ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
        });
        app.MapGet(Agreements.ReviewsPage.Path, (int? months, LibraryIndex index) =>
        {
            var within = Math.Clamp(months ?? 6, 0, 240);
            return PageEndpoints.Html(Agreements.ReviewsPage.Render(index.ListDueForReview(within), within));
        });
        app.MapGet("/api/agreements/due", (int? months, LibraryIndex index) => Results.Json(index.ListDueForReview(Math.Clamp(months ?? 6, 0, 240))));
        app.MapGet("/api/clauses", (HttpRequest request, LibraryIndex index) => Results.Json(index.SearchClauses(ClauseParameters.Read(request.Query))));
    }
}
