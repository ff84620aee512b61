using System.Text.Json.Serialization;

namespace TemplateLibrary.Search.Model;

/// <summary>A search: query text, facet filters, year range, sort and page.</summary>
public sealed record SearchRequest
{
    /// <summary>The largest page size accepted.</summary>
    public const int MaxLimit = 100;

    /// <summary>The page size when none is given.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The user's query text; empty to browse by filters alone.</summary>
    public string? Query { get; init; }

    /// <summary>Facet filters: facet name to accepted values (OR within a facet, AND across facets).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The earliest year accepted, inclusive.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The latest year accepted, inclusive.</summary>
    public int? YearTo { get; init; }

    /// <summary>Only agreements whose stated review date is before this day.</summary>
    public DateOnly? ReviewDueBefore { get; init; }

    /// <summary>The order of results.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>The page size (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>How many results to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Every version of each family of versions; by default only the current one (with its count of earlier ones).</summary>
    public bool AllVersions { get; init; }

    /// <summary>True when no query, facet value or year bound narrows the search.</summary>
    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && YearFrom is null && YearTo is null && ReviewDueBefore is null && Filters.All(f => f.Value.Count == 0);

    /// <summary>The selected values of one facet.</summary>
    public IReadOnlyList<string> Selected(string facet) => Filters.TryGetValue(facet, out var values) ? values : [];

    /// <summary>This search with one facet value added or removed, back on the first page.</summary>
    public SearchRequest Toggle(string facet, string value)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var current = Selected(facet);
        filters[facet] = current.Contains(value, StringComparer.Ordinal) ? [.. current.Where(v => v != value)] : [.. current, value];
        return this with { Filters = filters, Offset = 0 };
    }
}
