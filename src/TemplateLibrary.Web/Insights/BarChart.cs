using System.Globalization;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Insights;

/// <summary>A chart drawn on the server as a table: each row's label, its number in text and a bar (an inline SVG the
/// page's policy allows, hidden from screen readers, which read the numbers). No script, no colour-only meaning.</summary>
internal static class BarChart
{
    private const int Width = 240;
    private const int Height = 14;

    /// <summary>Writes a chart of one number per row; the bar's length is the number's share of the largest.</summary>
    public static void Write(HtmlWriter html, string id, string caption, string labelHeading, string valueHeading, IReadOnlyList<BarRow> rows)
    {
        html.Raw("<figure class=\"chart\" id=\"").Text(id).Raw("\"><table class=\"bars\"><caption>").Text(caption).Raw("</caption><thead><tr><th scope=\"col\">")
            .Text(labelHeading).Raw("</th><th scope=\"col\" class=\"num\">").Text(valueHeading).Raw("</th><th scope=\"col\"><span class=\"visually-hidden\">Bar</span></th></tr></thead><tbody>");
        var max = rows.Count == 0 ? 0 : rows.Max(r => r.Value);
        foreach (var row in rows)
        {
            html.Raw("<tr><th scope=\"row\">");
            if (row.Href is not null)
            {
                html.Link(row.Href, row.Label);
            }
            else
            {
                html.Text(row.Label);
            }

            html.Raw("</th><td class=\"num\">").Text(row.ValueText).Raw("</td><td>");
            Bar(html, row.Value, max);
            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></figure>");
    }

    /// <summary>Writes one bar, <paramref name="value"/> of <paramref name="max"/> long.</summary>
    public static void Bar(HtmlWriter html, decimal value, decimal max)
    {
        var length = max <= 0 || value <= 0 ? 0 : Math.Max(2, (int)Math.Round(Width * (value / max)));
        html.Raw("<svg class=\"bar\" width=\"").Raw(N(Width)).Raw("\" height=\"").Raw(N(Height)).Raw("\" viewBox=\"0 0 ").Raw(N(Width)).Raw(" ").Raw(N(Height))
            .Raw("\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"").Raw(N(length)).Raw("\" height=\"").Raw(N(Height)).Raw("\" fill=\"#1f5f99\"/></svg>");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
