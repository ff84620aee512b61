using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Librarian;

/// <summary>Maps the review queue: GET /review, and its accept and correct forms, each for a signed-in librarian with an antiforgery token.</summary>
internal static class ReviewEndpoints
{
    /// <summary>Adds the routes.</summary>
    public static void MapReview(this IEndpointRouteBuilder app)
    {
        app.MapGet(ReviewPage.Path, (HttpContext context, LibraryIndex index, TombstoneStore tombstones, Taxonomy taxonomy, string? saved) =>
            Page(context, index, tombstones, taxonomy, saved, null)).RequireAuthorization(Roles.LibrarianPolicy);
        app.MapFormPost(ReviewPage.Path + "/accept", (HttpContext context, IFormCollection form, DocumentCorrection correction, LibraryIndex index, TombstoneStore tombstones, Taxonomy taxonomy) =>
            Change(context, form, index, tombstones, taxonomy, id => correction.Accept(id, form["facet"].ToString(), context.UserName()!)), Roles.LibrarianPolicy);
        app.MapFormPost(ReviewPage.Path + "/correct", (HttpContext context, IFormCollection form, DocumentCorrection correction, LibraryIndex index, TombstoneStore tombstones, Taxonomy taxonomy) =>
            Change(context, form, index, tombstones, taxonomy, id => correction.Correct(id, form["facet"].ToString(), [form["value"].ToString()], context.UserName()!)), Roles.LibrarianPolicy);
    }

    // After a change, back to the queue (so a reload does not post again), naming the document changed.
    private static IResult Change(HttpContext context, IFormCollection form, LibraryIndex index, TombstoneStore tombstones, Taxonomy taxonomy, Action<string> change)
    {
        var id = form["id"].ToString();
        try
        {
            change(id);
        }
        catch (CorrectionException error)
        {
            return Page(context, index, tombstones, taxonomy, null, error.Message, StatusCodes.Status400BadRequest);
        }

        return Results.LocalRedirect(ReviewPage.Path + "?saved=" + Uri.EscapeDataString(id));
    }

    private static IResult Page(HttpContext context, LibraryIndex index, TombstoneStore tombstones, Taxonomy taxonomy, string? saved, string? error, int status = StatusCodes.Status200OK)
    {
        var savedTitle = string.IsNullOrEmpty(saved) ? null : index.GetDocument(saved)?.Title;
        var page = ReviewPage.Render(taxonomy, index.ListUncertain(ReviewPage.Threshold), tombstones.List(), FormPosts.Tokens(context), savedTitle, error);
        return PageEndpoints.Html(page, status);
    }
}
