using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Librarian;

/// <summary>The librarian's part of the document page: correct the tags with the taxonomy's drop-downs, or remove the document.
/// Written only for a signed-in librarian; readers never see it.</summary>
internal static class DocumentTools
{
    /// <summary>The facets the form corrects, with whether each takes several values.</summary>
    public static IReadOnlyList<(string Facet, bool Multiple)> Facets { get; } =
        [(FacetNames.Category, true), (FacetNames.Model, false), (FacetNames.Type, false), (FacetNames.Power, true)];

    /// <summary>Writes the section.</summary>
    public static void Write(HtmlWriter html, Taxonomy taxonomy, StoredDocument document, (string Field, string Token) form)
    {
        ArgumentNullException.ThrowIfNull(document);
        var action = "/documents/" + Uri.EscapeDataString(document.Id);
        html.Raw("<section class=\"librarian-tools\" aria-labelledby=\"librarian-heading\"><h2 id=\"librarian-heading\">Librarian</h2>")
            .Raw("<form class=\"retag-form\" method=\"post\" action=\"").Text(action).Raw("/retag\">").TokenField(form.Field, form.Token)
            .Raw("<fieldset><legend>Correct the tags</legend><p class=\"hint\">A correction outranks the manifest and the tagger and survives re-ingests. ")
            .Raw("Only the facets you change are saved; the first category chosen stays the primary.</p>");
        foreach (var (facet, multiple) in Facets)
        {
            var current = document.EffectiveTags.Where(t => t.Facet == facet).Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
            html.Select(
                "retag-" + facet,
                facet,
                FacetTitles.Of(facet),
                multiple ? "Choose one or more (Ctrl or ⌘ to add)" : null,
                FacetOptions.Of(taxonomy, facet),
                current,
                multiple,
                multiple ? null : "(none)");
        }

        html.Raw("<button type=\"submit\" class=\"button primary\">Save corrections</button></fieldset></form>")
            .Raw("<form class=\"remove-form\" method=\"post\" action=\"").Text(action).Raw("/remove\">").TokenField(form.Field, form.Token)
            .Raw("<p class=\"hint\" id=\"remove-hint\">Takes it out of the library until it is restored; later ingests of the same file skip it.</p>")
            .Raw("<button type=\"submit\" class=\"button\" aria-describedby=\"remove-hint\">Remove this document</button></form></section>");
    }
}
