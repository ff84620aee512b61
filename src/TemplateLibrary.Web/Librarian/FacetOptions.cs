using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Web.Librarian;

/// <summary>A facet's taxonomy values as drop-down options (id, label).</summary>
internal static class FacetOptions
{
    /// <summary>The options of category, model, type or power; empty for a facet without a vocabulary.</summary>
    public static IEnumerable<(string Value, string Text)> Of(Taxonomy taxonomy, string facet) => facet == FacetNames.Power
        ? taxonomy.Powers.Select(p => (p.Id, p.Label))
        : taxonomy.Terms(facet).Select(t => (t.Id, t.Label));
}
