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

    /// <summary>The versions facet: how many of the matches are current versions, and how many with every version.</summary>
    public required VersionCounts Versions { get; init; }

    /// <summary>A corrected query when the text query found few or no documents, otherwise null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Facet values the query's words name ("business case", "MOU", a council), offered as one-click filters;
    /// the documents carrying them rank higher, but nothing is filtered until one is chosen.</summary>
    public IReadOnlyList<FilterSuggestion> Understood { get; init; } = [];

    /// <summary>When nothing matches: what would find something (drop a word, remove a filter), each with its count.</summary>
    public IReadOnlyList<SearchAlternative> Alternatives { get; init; } = [];
}
