namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>Resolves a facet value a person typed to its normalised id.</summary>
public interface IFacetVocabulary
{
    /// <summary>Resolves an id, label or synonym; false when the facet has a vocabulary and the value is not in it.</summary>
    bool TryResolve(string facet, string value, out string id);

    /// <summary>The ids that replaced a retired value of a controlled facet (a split term gives several); empty otherwise.</summary>
    IReadOnlyList<string> Replacements(string facet, string value) => [];

    /// <summary>The allowed ids of a controlled facet, for error messages; empty for open facets.</summary>
    IReadOnlyList<string> AllowedValues(string facet);
}
