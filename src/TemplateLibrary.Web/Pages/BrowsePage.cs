using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>The browse page: service category by delivery model, each cell a link to the search.</summary>
internal static class BrowsePage
{
    /// <summary>Renders the matrix.</summary>
    public static string Render(FacetMatrix matrix)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Browse", "browse");
        html.Raw("<h1>What exists where</h1><p class=\"lead\">Documents by service and delivery model. Choose a number to see those documents.</p>");
        if (matrix.Rows.Count == 0 || matrix.Columns.Count == 0)
        {
            html.Raw("<p class=\"notice\">The library has no tagged documents yet.</p>");
            return Layout.End(html).ToString();
        }

        html.Raw("<div class=\"table-scroll matrix-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"matrix-caption\"><table class=\"matrix\">")
            .Raw("<caption id=\"matrix-caption\">").Text(FacetTitles.Of(matrix.RowFacet)).Raw(" by ").Text(FacetTitles.Of(matrix.ColumnFacet).ToLowerInvariant())
            .Raw("</caption><thead><tr><th scope=\"col\">").Text(FacetTitles.Of(matrix.RowFacet)).Raw("</th>");
        foreach (var column in matrix.Columns)
        {
            html.Raw("<th scope=\"col\">").Link(Url(matrix.ColumnFacet, column.Value, null, null), column.Label).Raw("</th>");
        }

        html.Raw("<th scope=\"col\">All</th></tr></thead><tbody>");
        foreach (var row in matrix.Rows)
        {
            html.Raw("<tr><th scope=\"row\">").Text(row.Label).Raw("</th>");
            foreach (var column in matrix.Columns)
            {
                var count = matrix.CountOf(row.Value, column.Value);
                if (count == 0)
                {
                    html.Raw("<td class=\"zero\"><span aria-label=\"none\">·</span></td>");
                    continue;
                }

                html.Raw("<td><a href=\"").Text(Url(matrix.RowFacet, row.Value, matrix.ColumnFacet, column.Value))
                    .Raw("\" aria-label=\"").Number(count).Raw(" ").Text(row.Label).Raw(", ").Text(column.Label).Raw("\">").Number(count).Raw("</a></td>");
            }

            html.Raw("<td class=\"total\">").Link(Url(matrix.RowFacet, row.Value, null, null), row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div>");
        return Layout.End(html).ToString();
    }

    private static string Url(string facet, string value, string? otherFacet, string? otherValue)
    {
        var search = new SearchRequest().Toggle(facet, value);
        if (otherFacet is not null && otherValue is not null)
        {
            search = search.Toggle(otherFacet, otherValue);
        }

        return SearchParameters.ToUrl(search);
    }
}
