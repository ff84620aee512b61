using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>The taxonomy as the vocabulary for manifests, file metadata and corrections; councils are open.</summary>
public sealed class TaxonomyVocabulary : IFacetVocabulary
{
    private readonly Taxonomy _taxonomy;

    /// <summary>Wraps the taxonomy.</summary>
    public TaxonomyVocabulary(Taxonomy taxonomy)
    {
        _taxonomy = taxonomy;
    }

    /// <inheritdoc />
    public bool TryResolve(string facet, string value, out string id)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (facet is FacetNames.Category or FacetNames.Model or FacetNames.Type or FacetNames.Power)
        {
            return _taxonomy.TryResolve(facet, value, out id);
        }

        id = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return id.Length > 0;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Replacements(string facet, string value) => _taxonomy.ReplacementsFor(facet, value);

    /// <inheritdoc />
    public IReadOnlyList<string> AllowedValues(string facet) => facet == FacetNames.Power
        ? _taxonomy.Powers.Select(p => p.Id).ToList()
        : _taxonomy.Terms(facet).Select(t => t.Id).ToList();
}
