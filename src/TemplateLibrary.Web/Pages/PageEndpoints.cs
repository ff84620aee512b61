using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>Maps the HTML pages: search, document, browse.</summary>
internal static class PageEndpoints
{
    /// <summary>Adds the page routes.</summary>
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request, LibraryIndex index, Taxonomy taxonomy) =>
        {
            var search = SearchParameters.Read(request.Query);
            return Html(SearchPage.Render(taxonomy, search, index.Search(search), null));
        });
        app.MapGet("/documents/{id}", (string id, HttpRequest request, LibraryIndex index) =>
        {
            var details = index.GetDetails(id) ?? throw new DocumentNotFoundException(id);
            var query = request.Query["q"].ToString();
            query = query.Length > SearchParameters.MaxQueryLength ? "" : query;
            return Html(DocumentPage.Render(details, index.HighlightDocument(id, query, DocumentPage.MaxTextChars), query));
        });
        app.MapGet("/browse", (LibraryIndex index) => Html(BrowsePage.Render(index.GetMatrix(FacetNames.Category, FacetNames.Model))));
    }

    /// <summary>An HTML page with a status.</summary>
    public static IResult Html(string page, int status = StatusCodes.Status200OK) =>
        Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
