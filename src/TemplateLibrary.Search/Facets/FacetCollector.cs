using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TemplateLibrary.Search.Facets;

/// <summary>In one pass over the text matches: passes the documents that satisfy every filter to the top-k collector,
/// counts them, and counts each facet's values under every other facet's filter but not its own (multi-select).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly FacetFilter filter;
    private readonly ICollector top;
    private readonly Dictionary<string, int>[] counts;
    // Per facet slot, the documents that failed that facet's filter alone (counted for it, shown nowhere).
    private readonly int[] failingOnly = new int[SegmentFacets.Slots.Count];
    private SegmentFacets? segment;
    private SegmentFilter? segmentFilter;
    private int[][] segmentCounts = [];
    private int[] filteredSlots = [];

    /// <summary>Wraps the collector that keeps the best page.</summary>
    public FacetCollector(FacetFilter filter, ICollector top)
    {
        this.filter = filter;
        this.top = top;
        counts = [.. SegmentFacets.Slots.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    }

    /// <summary>How many documents match the text and every filter.</summary>
    public int Total { get; private set; }

    /// <summary>How many documents match the text and the exclusions, whatever the facet filters (current versions only
    /// unless every version is asked for).</summary>
    public int TextMatches { get; private set; }

    /// <summary>How many documents match the text and every facet filter, counting every version.</summary>
    public int AllVersions { get; private set; }

    /// <summary>How many of <see cref="AllVersions"/> are current versions.</summary>
    public int CurrentVersions { get; private set; }

    /// <summary>Per facet slot, how many documents match the text and every filter but that facet's own.</summary>
    public IReadOnlyList<int> PassingAllBut => [.. failingOnly.Select(f => f + Total)];

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    /// <summary>Per facet, the count of each value; call after the search.</summary>
    public IReadOnlyList<Dictionary<string, int>> Counts()
    {
        Flush();
        return counts;
    }

    /// <summary>Adds what another collector counted over other documents (a slice searched in parallel).</summary>
    public void Add(FacetCollector other)
    {
        Flush();
        var theirs = other.Counts();
        Total += other.Total;
        AllVersions += other.AllVersions;
        CurrentVersions += other.CurrentVersions;
        TextMatches += other.TextMatches;
        for (var slot = 0; slot < counts.Length; slot++)
        {
            failingOnly[slot] += other.failingOnly[slot];
            foreach (var (value, count) in theirs[slot])
            {
                counts[slot][value] = counts[slot].GetValueOrDefault(value) + count;
            }
        }
    }

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        segment = SegmentFacets.For(context.AtomicReader);
        segmentFilter = filter.For(segment);
        filteredSlots = segmentFilter.FilteredSlots;
        segmentCounts = [.. SegmentFacets.Slots.Select((_, slot) => new int[segment.ValueCount(slot)])];
        top.SetNextReader(context);
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var passes = segmentFilter!;
        if (passes.HasExclusions && !passes.PassesExclusions(doc))
        {
            return;
        }

        var failing = -1;
        var isCurrent = segment!.Current[doc];
        TextMatches += isCurrent || filter.AllVersions ? 1 : 0;
        // An earlier version fails the versions filter unless every version is asked for: it counts only there.
        var failures = isCurrent || filter.AllVersions ? 0 : 1;
        // Only the facets with a filter can fail it.
        foreach (var slot in filteredSlots)
        {
            if (!passes.Passes(slot, doc))
            {
                failing = slot;
                if (++failures == 2)
                {
                    return; // Fails two facets: counts nowhere.
                }
            }
        }

        if (failures == 1 && failing < 0)
        {
            AllVersions++;
            return;
        }

        if (failures == 1)
        {
            failingOnly[failing]++;
            Count(failing, doc); // Fails only this facet's filter: still counts for it.
            return;
        }

        Total++;
        AllVersions++;
        CurrentVersions += isCurrent ? 1 : 0;
        for (var slot = 0; slot < segmentCounts.Length; slot++)
        {
            Count(slot, doc);
        }

        top.Collect(doc);
    }

    private void Count(int slot, int doc)
    {
        var slotCounts = segmentCounts[slot];
        var (starts, ords) = segment!.Table(slot);
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            slotCounts[ords[i]]++;
        }
    }

    private void Flush()
    {
        if (segment is null)
        {
            return;
        }

        for (var slot = 0; slot < segmentCounts.Length; slot++)
        {
            var slotCounts = segmentCounts[slot];
            for (var ord = 0; ord < slotCounts.Length; ord++)
            {
                if (slotCounts[ord] > 0)
                {
                    var value = segment.Value(slot, ord);
                    counts[slot][value] = counts[slot].GetValueOrDefault(value) + slotCounts[ord];
                }
            }
        }

        segment = null;
    }
}
