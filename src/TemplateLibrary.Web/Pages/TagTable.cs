using System.Globalization;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>The table of the tags in effect, each once, with the source that set it, confidence and evidence, so a librarian can see why.</summary>
internal static class TagTable
{
    /// <summary>Writes the table when the document has tags.</summary>
    public static void Write(HtmlWriter html, DocumentDetails details)
    {
        var document = details.Document;
        var effective = document.EffectiveTags.DistinctBy(t => (t.Facet, t.Value)).ToList();
        if (effective.Count == 0)
        {
            return;
        }

        html.Raw("<section class=\"tags\" aria-labelledby=\"tags-heading\"><h2 id=\"tags-heading\">Tags and why</h2>")
            .Raw("<p class=\"muted\">Each tag once, from the source in effect: a correction outranks the manifest, which outranks the file's metadata and the automatic tagger.</p>")
            .Raw("<div class=\"table-scroll\"><table>")
            .Raw("<thead><tr><th scope=\"col\">Facet</th><th scope=\"col\">Value</th><th scope=\"col\">Source in effect</th><th scope=\"col\">Confidence</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        foreach (var tag in effective.OrderBy(t => t.Facet, StringComparer.Ordinal).ThenByDescending(t => t.Confidence))
        {
            // A manifest or correction carries no evidence of its own; the tagger's, when it agreed, still says why.
            var evidence = tag.Evidence ?? document.Tags.FirstOrDefault(t => t.Facet == tag.Facet && t.Value == tag.Value && t.Evidence is not null)?.Evidence;
            html.Raw("<tr><td>").Text(FacetTitles.Of(tag.Facet)).Raw("</td><td>").Text(details.Label(tag.Facet, tag.Value)).Raw("</td><td>").Text(SourceName(tag.Source))
                .Raw("</td><td class=\"confidence\"><meter min=\"0\" max=\"1\" value=\"").Text(tag.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Raw("\"></meter> ")
                .Text(Percent(tag.Confidence)).Raw("</td><td>").Text(evidence ?? "—").Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div></section>");
    }

    /// <summary>The source as a librarian names it.</summary>
    public static string SourceName(TagSource source) => source switch
    {
        TagSource.Librarian => "correction",
        TagSource.Manifest => "manifest",
        TagSource.File => "file metadata",
        _ => "auto",
    };

    /// <summary>A whole percentage with a no-break space, so "100 %" never wraps.</summary>
    public static string Percent(double confidence) =>
        Math.Round(confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "\u00a0%";
}
