using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Librarian;

/// <summary>Maps POST /documents/{id}/remove and /restore: a signed-in librarian's forms, each with an antiforgery token.</summary>
internal static class RemovalEndpoints
{
    /// <summary>Adds the routes.</summary>
    public static void MapRemoval(this IEndpointRouteBuilder app)
    {
        // Back to the document's address, which now says it was removed and offers to restore it.
        app.MapFormPost("/documents/{id}/remove", (string id, HttpContext context, DocumentRemoval removal) =>
        {
            removal.Remove(id, context.UserName()!);
            return Results.LocalRedirect(DocumentPage.Url(id, null));
        }, Roles.LibrarianPolicy);
        app.MapFormPost("/documents/{id}/restore", async (string id, HttpContext context, DocumentRemoval removal) =>
        {
            var restored = await Task.Run(() => removal.Restore(id, context.UserName()!)).ConfigureAwait(false);
            return Results.LocalRedirect(DocumentPage.Url(restored, null));
        }, Roles.LibrarianPolicy);
    }
}
