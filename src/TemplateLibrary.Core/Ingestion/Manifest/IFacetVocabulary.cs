namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>Resolves a facet value a person typed to its normalised id.</summary>
public interface IFacetVocabulary
{
    /// <summary>Resolves an id, label or synonym; false when the facet has a vocabulary and the value is not in it.</summary>
    bool TryResolve(string facet, string value, out string id);

    /// <summary>The allowed ids of a controlled facet, for error messages; empty for open facets.</summary>
    IReadOnlyList<string> AllowedValues(string facet);
}
