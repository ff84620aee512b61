using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Pages;

/// <summary>Writes one search result.</summary>
internal static class HitWriter
{
    /// <summary>Writes the result as a list item: title link, labels, snippet, councils.</summary>
    public static void Write(HtmlWriter html, ILibrary library, LibraryHit hit, string query)
    {
        var href = DocumentPage.Url(hit.Id, query);
        html.Raw("<li class=\"hit\"><h3 class=\"hit-title\">").Link(href, hit.Title).Raw("</h3><p class=\"hit-meta\">");
        Tag(html, "type", hit.Type is null ? null : library.Label(FacetNames.Type, hit.Type));
        Tag(html, "category", hit.Category is null ? null : library.Label(FacetNames.Category, hit.Category));
        Tag(html, "model", hit.Model is null ? null : library.Label(FacetNames.Model, hit.Model));
        Tag(html, "year", hit.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Tag(html, "format", hit.Format.ToUpperInvariant());
        html.Raw("</p>");
        if (hit.Snippet.Count > 0)
        {
            html.Raw("<p class=\"snippet\">").Segments(hit.Snippet).Raw("</p>");
        }

        if (hit.Councils.Count > 0)
        {
            html.Raw("<p class=\"hit-councils\"><span class=\"visually-hidden\">Councils: </span>").Text(string.Join(" · ", hit.Councils)).Raw("</p>");
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
