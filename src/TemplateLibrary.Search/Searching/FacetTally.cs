namespace TemplateLibrary.Search.Searching;

/// <summary>The candidates that pass every filter, and the multi-select facet counts over the candidates.</summary>
internal sealed class FacetTally
{
    /// <summary>From this many candidates on, the work is split across cores.</summary>
    public const int ParallelFrom = 4000;

    private FacetTally(List<Candidate> results, int[][] counts)
    {
        Results = results;
        Counts = counts;
    }

    /// <summary>The candidates that pass every filter.</summary>
    public List<Candidate> Results { get; }

    /// <summary>Per facet slot, the count of each value id.</summary>
    public int[][] Counts { get; }

    /// <summary>Filters and counts the candidates, in parallel parts when there are many (parts are summed, so counts are exact).</summary>
    public static FacetTally Build(List<Candidate> candidates, FacetSnapshot snapshot, FilterSet filters, int processors, int parallelFrom = ParallelFrom)
    {
        var parts = candidates.Count >= parallelFrom ? Math.Clamp(processors, 1, 4) : 1;
        if (parts == 1)
        {
            return Count(candidates, 0, candidates.Count, snapshot, filters);
        }

        var tallies = new FacetTally[parts];
        // Parallel.For runs parts on the calling thread when the pool is busy, so this never waits for a free thread.
        Parallel.For(0, parts, part =>
            tallies[part] = Count(candidates, candidates.Count * part / parts, candidates.Count * (part + 1) / parts, snapshot, filters));

        var merged = tallies[0];
        foreach (var tally in tallies.AsSpan(1))
        {
            merged.Results.AddRange(tally.Results);
            for (var slot = 0; slot < merged.Counts.Length; slot++)
            {
                var into = merged.Counts[slot];
                var from = tally.Counts[slot];
                for (var id = 0; id < into.Length; id++)
                {
                    into[id] += from[id];
                }
            }
        }

        return merged;
    }

    private static FacetTally Count(List<Candidate> candidates, int start, int end, FacetSnapshot snapshot, FilterSet filters)
    {
        var slots = FacetSnapshot.Facets.Count;
        var counts = new int[slots][];
        for (var slot = 0; slot < slots; slot++)
        {
            counts[slot] = new int[snapshot.ValueCount(slot)];
        }

        var results = new List<Candidate>(end - start);
        for (var i = start; i < end; i++)
        {
            var candidate = candidates[i];
            var document = snapshot.Documents[candidate.Index];
            if (!filters.PassesExclusions(document))
            {
                continue;
            }

            // Multi-select: a document failing exactly one facet's filter still counts for that facet.
            var failing = -1;
            var failures = 0;
            for (var slot = 0; slot < slots && failures < 2; slot++)
            {
                if (!filters.Passes(slot, document))
                {
                    failing = slot;
                    failures++;
                }
            }

            if (failures == 0)
            {
                results.Add(candidate);
                for (var slot = 0; slot < slots; slot++)
                {
                    CountValues(counts[slot], document.Values[slot]);
                }
            }
            else if (failures == 1)
            {
                CountValues(counts[failing], document.Values[failing]);
            }
        }

        return new FacetTally(results, counts);
    }

    private static void CountValues(int[] counts, int[] values)
    {
        foreach (var id in values)
        {
            counts[id]++;
        }
    }
}
