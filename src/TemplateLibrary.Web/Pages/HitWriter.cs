using System.Globalization;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>Writes one search result.</summary>
internal static class HitWriter
{
    /// <summary>Writes the result as a list item: title link, every effective tag (so a filter always shows why a result
    /// is there), the marked snippet with its page for PDFs, councils.</summary>
    public static void Write(HtmlWriter html, Taxonomy taxonomy, SearchHit hit, string? query)
    {
        var href = DocumentPage.Url(hit.Id, query);
        html.Raw("<li class=\"hit\"><h3 class=\"hit-title\">").Link(href, hit.Title).Raw("</h3><p class=\"hit-meta\">");
        foreach (var (kind, facet, values) in new[] { ("type", FacetNames.Type, hit.Types), ("category", FacetNames.Category, hit.Categories), ("model", FacetNames.Model, hit.Models) })
        {
            foreach (var value in values)
            {
                Tag(html, kind, taxonomy.LabelFor(facet, value) ?? value);
            }
        }

        Tag(html, "year", hit.Year?.ToString(CultureInfo.InvariantCulture));
        Tag(html, "format", hit.Format.ToUpperInvariant());
        html.Raw("</p>");
        if (hit.Snippet.Segments.Count > 0)
        {
            html.Raw("<p class=\"snippet\">").Segments(hit.Snippet.Segments);
            if (hit.Page is { } page)
            {
                html.Raw(" ").Link(DocumentPage.FileUrl(hit.Id) + "#page=" + page.ToString(CultureInfo.InvariantCulture), "page " + page.ToString(CultureInfo.InvariantCulture), "page-link");
            }

            html.Raw("</p>");
        }

        if (hit.Councils.Count > 0)
        {
            html.Raw("<p class=\"hit-councils\"><span class=\"visually-hidden\">Councils: </span>").Text(string.Join(" · ", hit.Councils)).Raw("</p>");
        }

        if (hit.Partners.Count > 0)
        {
            html.Raw("<p class=\"hit-councils\"><span class=\"visually-hidden\">Partner bodies: </span>").Text(string.Join(" · ", hit.Partners)).Raw("</p>");
        }

        html.Raw("</li>");
    }

    private static void Tag(HtmlWriter html, string kind, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            html.Raw("<span class=\"pill pill-").Raw(kind).Raw("\">").Text(text).Raw("</span>");
        }
    }
}
