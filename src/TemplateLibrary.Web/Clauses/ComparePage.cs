using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Clauses;

/// <summary>The compare view: chosen clauses side by side, the words that differ from the first clause marked, each
/// linked to its place in its document.</summary>
internal static class ComparePage
{
    /// <summary>Renders the clauses in the order chosen, and the ids that named no clause.</summary>
    public static string Render(IReadOnlyList<DocumentClause> clauses, IReadOnlyList<string> missing)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Compare clauses", "clauses");
        html.Raw("<p class=\"back\">").Link(ClauseParameters.Path, "‹ Search clauses").Raw("</p><h1>Compare clauses</h1>");
        if (missing.Count > 0)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><p>No clause has the id ").Text(string.Join(", ", missing)).Raw(".</p></div>");
        }

        if (clauses.Count < 2)
        {
            html.Raw("<div class=\"notice empty\"><p>Choose at least two clauses to compare on the ").Link(ClauseParameters.Path, "clause search").Raw(" page.</p></div>");
        }

        if (clauses.Count > 0)
        {
            html.Raw("<p class=\"compare-key\">Marked words differ from the first clause; in the first clause, marked words are missing from another.</p>")
                .Raw("<div class=\"compare columns-").Number(clauses.Count).Raw("\">");
            var marked = WordDiff.Compare([.. clauses.Select(c => c.Clause.Text)]);
            for (var i = 0; i < clauses.Count; i++)
            {
                var clause = clauses[i];
                var caption = ClauseId.Caption(clause.Clause.Number, clause.Clause.Heading);
                html.Raw("<section class=\"compare-column\" aria-label=\"").Text(clause.DocumentTitle).Raw("\"><h2>")
                    .Link(ClausesPage.ClauseUrl(clause.DocumentId, clause.Clause.Anchor, null), caption.Length > 0 ? caption : clause.Clause.Anchor)
                    .Raw("</h2><p class=\"hit-document\">").Link(DocumentPage.Url(clause.DocumentId, null), clause.DocumentTitle).Raw("</p><div class=\"compare-text\">");
                foreach (var segment in marked[i])
                {
                    if (segment.IsMatch)
                    {
                        html.Raw("<mark class=\"diff\">").Text(segment.Text).Raw("</mark>");
                    }
                    else
                    {
                        html.Text(segment.Text);
                    }
                }

                html.Raw("</div></section>");
            }

            html.Raw("</div>");
        }

        return Layout.End(html).ToString();
    }
}
