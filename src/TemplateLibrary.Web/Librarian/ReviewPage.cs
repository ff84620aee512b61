using System.Globalization;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Librarian;

/// <summary>The review queue: every uncertain or missing category, model and type, newest document first, each with a form to
/// accept the guess and one to correct it in place; then the removed documents, each with a form to restore it.</summary>
internal static class ReviewPage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/review";

    /// <summary>The confidence under which an automatic tag is listed (as `templib review`).</summary>
    public const double Threshold = 0.6;

    /// <summary>Renders the queue; <paramref name="savedTitle"/> names the document just changed, <paramref name="error"/> says why a change was refused.</summary>
    public static string Render(
        Taxonomy taxonomy, IReadOnlyList<ReviewItem> items, IReadOnlyList<Tombstone> removed, (string Field, string Token) form, string? savedTitle, string? error)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Review queue", "review");
        html.Raw("<h1>Review queue</h1><p class=\"lead\">Automatic tags below ")
            .Text(Math.Round(Threshold * 100).ToString("0", CultureInfo.InvariantCulture)).Raw("\u00a0% confidence, and missing ones, newest document first. ")
            .Raw("Accept a guess or correct it: either way it becomes a librarian's tag, kept across re-ingests and recorded in the audit trail.</p>");
        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><p>").Text(error).Raw("</p></div>");
        }
        else if (savedTitle is not null)
        {
            html.Raw("<div class=\"notice\" role=\"status\"><p>Saved your change to <strong>").Text(savedTitle).Raw("</strong>; the audit trail records it.</p></div>");
        }

        WriteQueue(html, taxonomy, items, form);
        WriteRemoved(html, removed, form);
        return Layout.End(html).ToString();
    }

    private static void WriteQueue(HtmlWriter html, Taxonomy taxonomy, IReadOnlyList<ReviewItem> items, (string Field, string Token) form)
    {
        var rows = items.Sum(i => i.Issues.Count);
        html.Raw("<section aria-labelledby=\"queue-heading\"><h2 id=\"queue-heading\">To review (").Number(rows).Raw(")</h2>");
        if (rows == 0)
        {
            html.Raw("<p class=\"muted\">Nothing to review: every category, model and type is supplied or confidently guessed.</p></section>");
            return;
        }

        html.Raw("<div class=\"table-scroll\"><table class=\"review-queue\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Facet</th>")
            .Raw("<th scope=\"col\">Guess</th><th scope=\"col\">Evidence</th><th scope=\"col\">Accept</th><th scope=\"col\">Correct</th></tr></thead><tbody>");
        var row = 0;
        foreach (var item in items)
        {
            foreach (var issue in item.Issues)
            {
                row++;
                var facetTitle = FacetTitles.Of(issue.Facet);
                html.Raw("<tr><th scope=\"row\">").Link(DocumentPage.Url(item.Id, null), item.Title);
                foreach (var warning in item.Warnings)
                {
                    html.Raw("<br><span class=\"muted\">").Text(warning).Raw("</span>");
                }

                html.Raw("</th><td>").Text(facetTitle).Raw("</td><td>");
                if (issue.Value is null)
                {
                    html.Raw("<span class=\"muted\">none</span>");
                }
                else
                {
                    html.Text(taxonomy.LabelFor(issue.Facet, issue.Value) ?? issue.Value).Raw(" <span class=\"muted\">(").Text(Pages.TagTable.Percent(issue.Confidence)).Raw(")</span>");
                }

                html.Raw("</td><td>").Text(issue.Evidence ?? "—").Raw("</td><td>");
                if (issue.Value is not null)
                {
                    html.Raw("<form method=\"post\" action=\"/review/accept\">").TokenField(form.Field, form.Token).Hidden("id", item.Id).Hidden("facet", issue.Facet)
                        .Raw("<button type=\"submit\" class=\"button\">Accept<span class=\"visually-hidden\"> ").Text(facetTitle).Raw(" of ").Text(item.Title).Raw("</span></button></form>");
                }

                html.Raw("</td><td><form class=\"inline-form\" method=\"post\" action=\"/review/correct\">").TokenField(form.Field, form.Token)
                    .Hidden("id", item.Id).Hidden("facet", issue.Facet)
                    .Select(
                        "fix-" + row.ToString(CultureInfo.InvariantCulture),
                        "value",
                        facetTitle + " of " + item.Title,
                        null,
                        FacetOptions.Of(taxonomy, issue.Facet),
                        issue.Value is null ? null : [issue.Value])
                    .Raw("<button type=\"submit\" class=\"button primary\">Correct<span class=\"visually-hidden\"> ").Text(facetTitle).Raw(" of ").Text(item.Title).Raw("</span></button></form></td></tr>");
            }
        }

        html.Raw("</tbody></table></div></section>");
    }

    private static void WriteRemoved(HtmlWriter html, IReadOnlyList<Tombstone> removed, (string Field, string Token) form)
    {
        html.Raw("<section aria-labelledby=\"removed-heading\"><h2 id=\"removed-heading\">Removed documents (").Number(removed.Count).Raw(")</h2>");
        if (removed.Count == 0)
        {
            html.Raw("<p class=\"muted\">None: a removed document stays out of every ingest until it is restored here or on its page.</p></section>");
            return;
        }

        html.Raw("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Removed (UTC)</th><th scope=\"col\">By</th><th scope=\"col\">Restore</th></tr></thead><tbody>");
        foreach (var tombstone in removed)
        {
            html.Raw("<tr><th scope=\"row\">").Text(tombstone.Title).Raw("</th><td>").Text(tombstone.RemovedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                .Raw("</td><td>").Text(tombstone.User).Raw("</td><td>");
            RemovedPage.WriteRestoreForm(html, tombstone, form);
            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div></section>");
    }
}
