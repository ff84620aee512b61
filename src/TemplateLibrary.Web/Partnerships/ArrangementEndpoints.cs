using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Librarian;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>Maps an arrangement's page (GET /partnerships/{id}) and its librarian forms (POST /partnerships/{id}/correct
/// and /merge, for a signed-in librarian with an antiforgery token).</summary>
internal static class ArrangementEndpoints
{
    /// <summary>Adds the routes.</summary>
    public static void MapArrangements(this IEndpointRouteBuilder app)
    {
        app.MapGet(PartnershipParameters.Path + "/{id}", (string id, HttpContext context, LibraryIndex index, Taxonomy taxonomy) =>
        {
            if (index.Partnerships.Get(id) is not { } partnership)
            {
                return PageEndpoints.Html(ArrangementPage.RenderMissing(id), StatusCodes.Status404NotFound);
            }

            var others = index.Partnerships.All().OrderBy(o => o.Category == partnership.Category ? 0 : 1).ThenBy(o => o.Name, StringComparer.OrdinalIgnoreCase);
            return PageEndpoints.Html(ArrangementPage.Render(
                partnership,
                context.IsLibrarian() ? html => ArrangementTools.Write(html, taxonomy, partnership, others, FormPosts.Tokens(context)) : null));
        });
        app.MapFormPost(PartnershipParameters.Path + "/{id}/correct", (string id, HttpContext context, IFormCollection form, ArrangementCorrection correction) =>
        {
            try
            {
                var partners = form["partners"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var edit = correction.Resolve(partners, form["model"], form["category"], form["status"], form["start_year"]);
                correction.Correct(id, edit, context.UserName()!);
            }
            catch (CorrectionException error)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Correction refused", detail: error.Message);
            }

            return Results.LocalRedirect(PartnershipParameters.ArrangementUrl(id));
        }, Roles.LibrarianPolicy);
        app.MapFormPost(PartnershipParameters.Path + "/{id}/merge", (string id, HttpContext context, IFormCollection form, ArrangementCorrection correction) =>
        {
            try
            {
                var other = form["other"].ToString();
                correction.Merge(id, other.Length > 0 ? other : throw new CorrectionException("choose the arrangement to merge into this one"), context.UserName()!);
            }
            catch (CorrectionException error)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Merge refused", detail: error.Message);
            }

            return Results.LocalRedirect(PartnershipParameters.ArrangementUrl(id));
        }, Roles.LibrarianPolicy);
    }
}
