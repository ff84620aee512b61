using System.Globalization;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>The request's and the query text's filters merged and resolved against a snapshot.</summary>
internal sealed class FilterSet
{
    private readonly HashSet<int>?[] accepted;
    private readonly HashSet<int>?[] excluded;

    private FilterSet(Dictionary<string, List<string>> selected, HashSet<int>?[] accepted, HashSet<int>?[] excluded, int? yearFrom, int? yearTo)
    {
        Selected = selected;
        this.accepted = accepted;
        this.excluded = excluded;
        YearFrom = yearFrom;
        YearTo = yearTo;
    }

    /// <summary>The selected values per facet, as given (shown in facet lists even at count 0).</summary>
    public IReadOnlyDictionary<string, List<string>> Selected { get; }

    /// <summary>The earliest year accepted.</summary>
    public int? YearFrom { get; }

    /// <summary>The latest year accepted.</summary>
    public int? YearTo { get; }

    /// <summary>True when anything is filtered.</summary>
    public bool IsEmpty => accepted.All(a => a is null) && excluded.All(e => e is null) && YearFrom is null && YearTo is null;

    /// <summary>True when the request itself (not the query text) filters.</summary>
    public static bool RequestFilters(SearchRequest request) =>
        request.YearFrom is not null || request.YearTo is not null || request.Filters.Any(f => f.Value.Count > 0);

    /// <summary>Merges and validates the filters; throws <see cref="SearchQueryException"/> for unknown facets or bad years.</summary>
    public static FilterSet Build(SearchRequest request, ParsedQuery parsed, FacetSnapshot snapshot)
    {
        var selected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (facet, values) in request.Filters)
        {
            var name = facet.ToLowerInvariant();
            if (!FacetNames.All.Contains(name))
            {
                throw new SearchQueryException($"unknown filter '{facet}': use {string.Join(", ", FacetNames.All)}");
            }

            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                Add(selected, name, name == FacetNames.Year ? CheckedYear(value) : value.Trim());
            }
        }

        foreach (var (facet, values) in parsed.Filters)
        {
            values.ForEach(v => Add(selected, facet, v));
        }

        var yearFrom = Tighter(request.YearFrom, parsed.YearFrom, Math.Max);
        var yearTo = Tighter(request.YearTo, parsed.YearTo, Math.Min);
        foreach (var year in new[] { request.YearFrom, request.YearTo })
        {
            if (year is < YearRange.Min or > YearRange.Max)
            {
                throw new SearchQueryException($"invalid year '{year}': use four digits");
            }
        }

        if (yearFrom > yearTo)
        {
            throw new SearchQueryException($"the year range is empty ({yearFrom}..{yearTo})");
        }

        var slots = FacetSnapshot.Facets.Count;
        var accepted = new HashSet<int>?[slots];
        var excluded = new HashSet<int>?[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            var facet = FacetSnapshot.Facets[slot];
            if (selected.TryGetValue(facet, out var values))
            {
                accepted[slot] = values.Select(v => snapshot.ValueId(slot, v)).ToHashSet();
            }

            if (parsed.ExcludedValues.TryGetValue(facet, out var exclude))
            {
                excluded[slot] = exclude.Select(v => snapshot.ValueId(slot, v)).Where(id => id >= 0).ToHashSet();
            }
        }

        return new FilterSet(selected, accepted, excluded, yearFrom, yearTo);
    }

    /// <summary>True when the document carries none of the excluded values (applies to every facet count).</summary>
    public bool PassesExclusions(SnapshotDocument document)
    {
        for (var slot = 0; slot < excluded.Length; slot++)
        {
            var set = excluded[slot];
            if (set is not null && document.Values[slot].Any(set.Contains))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the document satisfies one facet's own filter.</summary>
    public bool Passes(int slot, SnapshotDocument document)
    {
        if (slot == FacetSnapshot.YearSlot && (YearFrom is not null || YearTo is not null))
        {
            if (document.Year is not { } year || year < YearFrom || year > YearTo)
            {
                return false;
            }
        }

        var set = accepted[slot];
        if (set is null)
        {
            return true;
        }

        foreach (var id in document.Values[slot])
        {
            if (set.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private static string CheckedYear(string value) =>
        YearParser.Year(value.Trim(), value).ToString(CultureInfo.InvariantCulture);

    private static int? Tighter(int? a, int? b, Func<int, int, int> pick) =>
        a is null ? b : b is null ? a : pick(a.Value, b.Value);

    private static void Add(Dictionary<string, List<string>> map, string facet, string value)
    {
        if (!map.TryGetValue(facet, out var list))
        {
            map[facet] = list = [];
        }

        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }
}
