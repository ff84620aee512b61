namespace TemplateLibrary.Search.Model;

/// <summary>One page of clauses with multi-select counts of clause kinds and of their documents' facets.</summary>
public sealed record ClauseSearchResponse
{
    /// <summary>How many clauses match in all.</summary>
    public required int Total { get; init; }

    /// <summary>The requested page of clauses.</summary>
    public required IReadOnlyList<ClauseHit> Results { get; init; }

    /// <summary>Clause kinds with how many matching clauses have each, ignoring the kind filter itself.</summary>
    public required IReadOnlyList<FacetCount> Kinds { get; init; }

    /// <summary>Document facet name to value counts (of clauses); each facet's counts ignore that facet's own filter.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; }
}
