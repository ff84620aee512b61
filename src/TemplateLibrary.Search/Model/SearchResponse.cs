namespace TemplateLibrary.Search.Model;

/// <summary>One page of search results with multi-select facet counts.</summary>
public sealed record SearchResponse
{
    /// <summary>How many documents match in all.</summary>
    public required int Total { get; init; }

    /// <summary>The requested page of hits.</summary>
    public required IReadOnlyList<SearchHit> Results { get; init; }

    /// <summary>Facet name to value counts; each facet's counts ignore that facet's own filter.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; }

    /// <summary>A corrected query when the text query found few or no documents, otherwise null.</summary>
    public string? Suggestion { get; init; }
}
