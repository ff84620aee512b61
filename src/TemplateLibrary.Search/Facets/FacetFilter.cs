using System.Globalization;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Facets;

/// <summary>The request's and the query text's filters, merged and checked: OR within a facet, AND across facets.</summary>
internal sealed class FacetFilter
{
    private FacetFilter(
        Dictionary<string, List<string>> selected, Dictionary<string, List<string>> excluded, int? yearFrom, int? yearTo, bool allVersions, DateOnly? reviewBefore)
    {
        AllVersions = allVersions;
        ReviewBefore = reviewBefore;
        Selected = selected;
        Excluded = excluded;
        YearFrom = yearFrom;
        YearTo = yearTo;
    }

    /// <summary>The selected values per facet (taxonomy ids as the taxonomy spells them; councils and years as given).</summary>
    public IReadOnlyDictionary<string, List<string>> Selected { get; }

    /// <summary>The excluded values per facet (-category:legal): excluded everywhere, counts included.</summary>
    public IReadOnlyDictionary<string, List<string>> Excluded { get; }

    /// <summary>True when every version of a family passes; otherwise only current versions do.</summary>
    public bool AllVersions { get; }

    /// <summary>The earliest year accepted.</summary>
    public int? YearFrom { get; }

    /// <summary>The latest year accepted.</summary>
    public int? YearTo { get; }

    /// <summary>Only agreements whose stated review date is before this day (review:due is before tomorrow).</summary>
    public DateOnly? ReviewBefore { get; }

    /// <summary>True when nothing is filtered.</summary>
    public bool IsEmpty => Selected.Count == 0 && Excluded.Count == 0 && YearFrom is null && YearTo is null && ReviewBefore is null;

    /// <summary>True when the request itself (not the query text) filters.</summary>
    public static bool RequestFilters(SearchRequest request) =>
        request.YearFrom is not null || request.YearTo is not null || request.ReviewDueBefore is not null || request.Filters.Any(f => f.Value.Count > 0);

    /// <summary>Merges and checks the filters; a <see cref="SearchQueryException"/> names an unknown facet or value and
    /// lists what is allowed. <paramref name="today"/> is the day review:due counts from.</summary>
    public static FacetFilter Build(SearchRequest request, ParsedQuery parsed, Taxonomy taxonomy, DateOnly today)
    {
        var selected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int? rangeFrom = null, rangeTo = null;
        foreach (var (facet, values) in request.Filters)
        {
            var name = facet.ToLowerInvariant();
            if (!FacetNames.All.Contains(name))
            {
                throw new SearchQueryException($"unknown filter '{facet}': use {string.Join(", ", FacetNames.All)}");
            }

            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                // year=2015..2020, >=2015 and <=2020 are the forms the error message recommends: a range narrows, a year selects.
                if (name == FacetNames.Year && YearParser.Parse(value) is { IsSingle: false } range)
                {
                    rangeFrom = Tighter(rangeFrom, range.From, Math.Max);
                    rangeTo = Tighter(rangeTo, range.To, Math.Min);
                    continue;
                }

                Add(selected, name, Resolve(taxonomy, name, value.Trim()));
            }
        }

        foreach (var (facet, values) in parsed.Filters)
        {
            values.ForEach(v => Add(selected, facet, Resolve(taxonomy, facet, v)));
        }

        var excluded = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (facet, values) in parsed.ExcludedValues)
        {
            values.ForEach(v => Add(excluded, facet, Resolve(taxonomy, facet, v)));
        }

        foreach (var year in new[] { request.YearFrom, request.YearTo })
        {
            if (year is < YearRange.Min or > YearRange.Max)
            {
                throw new SearchQueryException($"invalid year '{year}': use four digits");
            }
        }

        var yearFrom = Tighter(Tighter(request.YearFrom, parsed.YearFrom, Math.Max), rangeFrom, Math.Max);
        var yearTo = Tighter(Tighter(request.YearTo, parsed.YearTo, Math.Min), rangeTo, Math.Min);
        if (yearFrom > yearTo)
        {
            throw new SearchQueryException($"the year range is empty ({yearFrom}..{yearTo})");
        }

        DateOnly? dueTomorrow = parsed.ReviewDue ? today.AddDays(1) : null;
        var reviewBefore = request.ReviewDueBefore is { } before && (dueTomorrow is null || before < dueTomorrow) ? before : dueTomorrow;
        return new FacetFilter(selected, excluded, yearFrom, yearTo, request.AllVersions, reviewBefore);
    }

    /// <summary>This filter as ordinals of one segment.</summary>
    public SegmentFilter For(SegmentFacets segment) => new(this, segment);

    private static string Resolve(Taxonomy taxonomy, string facet, string value)
    {
        if (facet == FacetNames.Year)
        {
            return YearParser.Year(value, value).ToString(CultureInfo.InvariantCulture);
        }

        if (!taxonomy.Facets.Contains(facet))
        {
            return value; // Councils and partner bodies: open lists; a name no document carries matches nothing.
        }

        // An id or a label, in any case and spacing ("Legal", "lead authority"); a tagger's synonym ("company") is too loose to filter by.
        var values = facet == FacetNames.Power
            ? taxonomy.Powers.Select(p => (p.Id, p.Label))
            : taxonomy.Terms(facet).Select(t => (t.Id, t.Label));
        var wanted = Normalise(value);
        foreach (var (id, label) in values)
        {
            if (Normalise(id) == wanted || Normalise(label) == wanted)
            {
                return id;
            }
        }

        throw new SearchQueryException($"unknown {facet} '{Shorten(value)}': use {string.Join(", ", values.Select(v => v.Id))}");
    }

    private static string Normalise(string text) =>
        new([.. text.Replace("&", "and", StringComparison.Ordinal).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

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
