using Microsoft.AspNetCore.Antiforgery;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Librarian;

/// <summary>Maps POST /documents/{id}/remove and /restore: a signed-in librarian's forms, each with an antiforgery token.</summary>
internal static class RemovalEndpoints
{
    /// <summary>Adds the routes.</summary>
    public static void MapRemoval(this IEndpointRouteBuilder app)
    {
        app.MapPost("/documents/{id}/remove", async (string id, HttpContext context, IAntiforgery antiforgery, DocumentRemoval removal) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Refused();
            }

            removal.Remove(id, context.UserName()!);
            return Results.LocalRedirect("/audit?action=remove");
        }).DisableAntiforgery().RequireAuthorization(Roles.LibrarianPolicy);
        app.MapPost("/documents/{id}/restore", async (string id, HttpContext context, IAntiforgery antiforgery, DocumentRemoval removal) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Refused();
            }

            var restored = await Task.Run(() => removal.Restore(id, context.UserName()!)).ConfigureAwait(false);
            return Results.LocalRedirect(DocumentPage.Url(restored, null));
        }).DisableAntiforgery().RequireAuthorization(Roles.LibrarianPolicy);
    }

    private static IResult Refused() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Form refused", detail: "the form had expired or did not come from this site");
}
