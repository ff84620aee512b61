namespace TemplateLibrary.Web.Library;

/// <summary>One page of results with the facet counts and a spelling suggestion.</summary>
internal sealed record LibrarySearchResult
{
    /// <summary>How many documents match in all.</summary>
    public int Total { get; init; }

    /// <summary>The results on this page.</summary>
    public IReadOnlyList<LibraryHit> Hits { get; init; } = [];

    /// <summary>Counts per facet value; each facet applies every filter but its own.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LibraryFacetCount>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<LibraryFacetCount>>(StringComparer.Ordinal);

    /// <summary>A corrected query that would find more, if there is one.</summary>
    public string? Suggestion { get; init; }
}
