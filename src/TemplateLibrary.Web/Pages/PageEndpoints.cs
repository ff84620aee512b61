using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Librarian;
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
        app.MapGet("/documents/{id}", (string id, HttpContext context, LibraryIndex index, Taxonomy taxonomy, TombstoneStore tombstones) =>
        {
            // Only a librarian's page carries forms (and so sets an antiforgery cookie); a reader's is the same for everyone.
            // A removed document is not found for a reader; for a librarian its address is where it can be restored.
            var librarian = context.IsLibrarian();
            var details = index.GetDetails(id);
            if (details is null)
            {
                var removed = librarian ? tombstones.FindById(id) : null;
                return removed is null
                    ? throw new DocumentNotFoundException(id)
                    : Html(RemovedPage.Render(removed, FormPosts.Tokens(context)));
            }

            var query = context.Request.Query["q"].ToString();
            query = query.Length > SearchParameters.MaxQueryLength ? "" : query;
            Action<Html.HtmlWriter>? tools = librarian ? html => DocumentTools.Write(html, taxonomy, details.Document, FormPosts.Tokens(context)) : null;
            return Html(DocumentPage.Render(details, index.HighlightDocument(id, query, DocumentPage.MaxTextChars), query, tools));
        });
        app.MapGet("/browse", (LibraryIndex index) => Html(BrowsePage.Render(index.GetMatrix(FacetNames.Category, FacetNames.Model))));
    }

    /// <summary>An HTML page with a status.</summary>
    public static IResult Html(string page, int status = StatusCodes.Status200OK) =>
        Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
