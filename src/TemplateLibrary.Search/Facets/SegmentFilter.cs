namespace TemplateLibrary.Search.Facets;

/// <summary>A <see cref="FacetFilter"/> as one segment's ordinals: which facet filters a document passes.</summary>
internal sealed class SegmentFilter
{
    private readonly SegmentFacets segment;
    private readonly bool[]?[] accepted;
    private readonly bool[]?[] excluded;
    private readonly int yearFrom;
    private readonly int yearTo;
    private readonly bool hasYearRange;

    /// <summary>Resolves the filter's values to the segment's ordinals (a value the segment lacks accepts nothing).</summary>
    public SegmentFilter(FacetFilter filter, SegmentFacets segment)
    {
        this.segment = segment;
        var slots = SegmentFacets.Slots.Count;
        accepted = new bool[]?[slots];
        excluded = new bool[]?[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            var facet = SegmentFacets.Slots[slot];
            if (filter.Selected.TryGetValue(facet, out var values))
            {
                accepted[slot] = Ordinals(slot, values);
            }

            if (filter.Excluded.TryGetValue(facet, out var exclude))
            {
                excluded[slot] = Ordinals(slot, exclude);
            }
        }

        hasYearRange = filter.YearFrom is not null || filter.YearTo is not null;
        yearFrom = filter.YearFrom ?? int.MinValue;
        yearTo = filter.YearTo ?? int.MaxValue;
        HasExclusions = excluded.Any(e => e is not null);
        FilteredSlots = [.. Enumerable.Range(0, slots).Where(slot => accepted[slot] is not null || (slot == SegmentFacets.YearSlot && hasYearRange))];
    }

    /// <summary>The slots whose filter a document can fail (<see cref="Passes"/> is true for every other slot).</summary>
    public int[] FilteredSlots { get; }

    /// <summary>True when some value is excluded.</summary>
    public bool HasExclusions { get; }

    /// <summary>True when the document carries none of the excluded values (this applies to every count).</summary>
    public bool PassesExclusions(int doc)
    {
        for (var slot = 0; slot < excluded.Length; slot++)
        {
            var set = excluded[slot];
            if (set is null)
            {
                continue;
            }

            foreach (var ord in segment.Values(slot, doc))
            {
                if (set[ord])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when the document satisfies one facet's own filter.</summary>
    public bool Passes(int slot, int doc)
    {
        if (slot == SegmentFacets.YearSlot && hasYearRange)
        {
            var year = segment.Years[doc];
            if (year == 0 || year < yearFrom || year > yearTo)
            {
                return false;
            }
        }

        var set = accepted[slot];
        if (set is null)
        {
            return true;
        }

        foreach (var ord in segment.Values(slot, doc))
        {
            if (set[ord])
            {
                return true;
            }
        }

        return false;
    }

    private bool[] Ordinals(int slot, List<string> values)
    {
        var set = new bool[segment.ValueCount(slot)];
        foreach (var value in values)
        {
            var ord = segment.Ordinal(slot, value);
            if (ord >= 0)
            {
                set[ord] = true;
            }
        }

        return set;
    }
}
