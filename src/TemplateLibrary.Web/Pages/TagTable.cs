using System.Globalization;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>The table of tags with source, confidence and evidence, so a librarian can see why.</summary>
internal static class TagTable
{
    /// <summary>Writes the table when the document has tags.</summary>
    public static void Write(HtmlWriter html, DocumentDetails details)
    {
        var document = details.Document;
        if (document.Tags.Count == 0)
        {
            return;
        }

        html.Raw("<section class=\"tags\" aria-labelledby=\"tags-heading\"><h2 id=\"tags-heading\">Tags and why</h2><div class=\"table-scroll\"><table>")
            .Raw("<thead><tr><th scope=\"col\">Facet</th><th scope=\"col\">Value</th><th scope=\"col\">Source</th><th scope=\"col\">Confidence</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        foreach (var tag in document.Tags.OrderBy(t => t.Facet, StringComparer.Ordinal).ThenByDescending(t => t.Confidence))
        {
            html.Raw("<tr><td>").Text(FacetTitles.Of(tag.Facet)).Raw("</td><td>").Text(details.Label(tag.Facet, tag.Value)).Raw("</td><td>").Text(tag.Source.ToString())
                .Raw("</td><td><meter min=\"0\" max=\"1\" value=\"").Text(tag.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Raw("\"></meter> ")
                .Text(tag.Confidence.ToString("P0", CultureInfo.InvariantCulture)).Raw("</td><td>").Text(tag.Evidence ?? "—").Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div></section>");
    }
}
