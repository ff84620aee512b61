namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>A vocabulary that accepts every value as it is written, trimmed.</summary>
public sealed class OpenVocabulary : IFacetVocabulary
{
    /// <summary>The shared instance.</summary>
    public static OpenVocabulary Instance { get; } = new();

    /// <inheritdoc />
    public bool TryResolve(string facet, string value, out string id)
    {
        id = value.Trim();
        return id.Length > 0;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> AllowedValues(string facet) => [];
}
