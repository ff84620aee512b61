using TemplateLibrary.Core.Duplicates;

namespace TemplateLibrary.Search.Model;

/// <summary>One document as the document page, the JSON API and <c>templib show --json</c> present it.</summary>
public sealed record DocumentDetails
{
    /// <summary>Everything stored about the document.</summary>
    public required StoredDocument Document { get; init; }

    /// <summary>The display label of each of its tag values, keyed "facet:value".</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Documents like it, best first.</summary>
    public required IReadOnlyList<SimilarDocument> Similar { get; init; }

    /// <summary>Other versions of it, or the same text in another format.</summary>
    public required IReadOnlyList<NearDuplicate> NearDuplicates { get; init; }

    /// <summary>Its family of versions, the current one first, each earlier one with its differences from the current one;
    /// empty when it has no other version.</summary>
    public IReadOnlyList<DocumentVersion> Versions { get; init; } = [];

    /// <summary>The label of a tag value (the value itself when the taxonomy has none).</summary>
    public string Label(string facet, string value) => Labels.TryGetValue(facet + ":" + value, out var label) ? label : value;
}
