using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>Maps the HTML pages: search, document, browse.</summary>
internal static class PageEndpoints
{
    /// <summary>Adds the page routes.</summary>
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", SearchHandler);
        app.MapGet("/documents/{id}", DocumentHandler);
        app.MapGet("/browse", (ILibrary library) =>
            Html(BrowsePage.Render(library.GetMatrix(FacetNames.Category, FacetNames.Model))));
    }

    private static IResult SearchHandler(HttpRequest request, ILibrary library)
    {
        LibrarySearchQuery search = new();
        try
        {
            search = SearchParameters.Read(request.Query);
            var result = library.Search(search);
            var hints = result.Total == 0 ? ZeroResultHints.Find(library, search) : [];
            return Html(SearchPage.Render(library, search, result, null, hints));
        }
        catch (SearchQueryException error)
        {
            return Html(SearchPage.Render(library, search, null, error.Message, []), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult DocumentHandler(string id, HttpRequest request, ILibrary library)
    {
        var document = library.GetDocument(id);
        if (document is null)
        {
            return Html(NotFoundPage.Render(id), StatusCodes.Status404NotFound);
        }

        var query = request.Query["q"].ToString();
        if (query.Length > SearchParameters.MaxQueryLength)
        {
            query = "";
        }

        return Html(DocumentPage.Render(library, document, query, library.FindSimilar(id, 6)));
    }

    private static IResult Html(string page, int status = StatusCodes.Status200OK) =>
        Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
