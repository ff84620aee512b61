using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Librarian;

/// <summary>Maps POST /documents/{id}/retag: the document page's correction form, for a signed-in librarian with an antiforgery token.</summary>
internal static class RetagEndpoints
{
    /// <summary>Adds the route.</summary>
    public static void MapRetag(this IEndpointRouteBuilder app) =>
        app.MapFormPost("/documents/{id}/retag", (string id, HttpContext context, IFormCollection form, LibraryIndex index, DocumentCorrection correction) =>
        {
            var document = index.GetDocument(id) ?? throw new DocumentNotFoundException(id);
            var changes = new List<(string Facet, IReadOnlyList<string> Values)>();
            try
            {
                foreach (var (facet, _) in DocumentTools.Facets)
                {
                    var chosen = form[facet].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
                    if (chosen.Count == 0)
                    {
                        continue;
                    }

                    // The values already in effect keep their order (the first category is the primary); new ones follow.
                    var current = document.EffectiveTags.Where(t => t.Facet == facet).Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
                    var resolved = correction.Resolve(facet, chosen);
                    var ordered = current.Where(resolved.Contains).Concat(resolved.Where(v => !current.Contains(v))).ToList();
                    if (!ordered.SequenceEqual(current, StringComparer.Ordinal))
                    {
                        changes.Add((facet, ordered));
                    }
                }
            }
            catch (CorrectionException error)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Correction refused", detail: error.Message);
            }

            foreach (var (facet, values) in changes)
            {
                correction.Correct(id, facet, values, context.UserName()!);
            }

            return Results.LocalRedirect(DocumentPage.Url(id, null) + "#librarian-heading");
        }, Roles.LibrarianPolicy);
}
