namespace TemplateLibrary.Web.Library;

/// <summary>A search as the web front end asks it: the whole state a URL carries.</summary>
internal sealed record LibrarySearchQuery
{
    /// <summary>The free-text query; empty lists everything.</summary>
    public string Query { get; init; } = "";

    /// <summary>Selected values per facet: OR within a facet, AND across facets.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The earliest year, inclusive.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The latest year, inclusive.</summary>
    public int? YearTo { get; init; }

    /// <summary>The order of results.</summary>
    public LibrarySort Sort { get; init; } = LibrarySort.Relevance;

    /// <summary>The page size.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>How many results to skip.</summary>
    public int Offset { get; init; }

    /// <summary>True when no facet value, year bound or query narrows the search.</summary>
    public bool IsEmpty => Query.Length == 0 && YearFrom is null && YearTo is null && Filters.All(f => f.Value.Count == 0);

    /// <summary>The selected values of one facet.</summary>
    public IReadOnlyList<string> Selected(string facet) => Filters.TryGetValue(facet, out var values) ? values : [];
}
