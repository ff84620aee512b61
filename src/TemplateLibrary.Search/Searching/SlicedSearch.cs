using Lucene.Net.Search;

namespace TemplateLibrary.Search.Searching;

/// <summary>Runs a query over slices of the index's documents at once, one collector per slice, so a broad match on a
/// large library uses every core.</summary>
/// <remarks>Each slice scores its documents with its own scorers from the one weight, so scores are exactly those of a
/// single pass; the caller merges the collectors.</remarks>
internal static class SlicedSearch
{
    /// <summary>From this many documents on, a search runs in slices.</summary>
    public const int SlicedFrom = 5000;

    /// <summary>How many slices a search of this reader runs in (1: a plain search).</summary>
    public static int SlicesFor(IndexSearcher searcher, int slicedFrom) =>
        searcher.IndexReader.MaxDoc >= slicedFrom ? Math.Clamp(Environment.ProcessorCount, 2, 4) : 1;

    /// <summary>Collects the query's matches, slice <c>i</c> (an equal share of the document ids) into collector <c>i</c>.</summary>
    public static void Run(IndexSearcher searcher, Query query, IReadOnlyList<ICollector> collectors)
    {
        if (collectors.Count == 1)
        {
            searcher.Search(query, collectors[0]);
            return;
        }

        var weight = searcher.CreateNormalizedWeight(query);
        var reader = searcher.IndexReader;
        var maxDoc = reader.MaxDoc;
        // Parallel.For runs slices on the calling thread when the pool is busy, so a search never waits for a thread.
        Parallel.For(0, collectors.Count, slice =>
        {
            var start = (int)((long)maxDoc * slice / collectors.Count);
            var end = (int)((long)maxDoc * (slice + 1) / collectors.Count);
            var collector = collectors[slice];
            foreach (var leaf in reader.Leaves)
            {
                var leafStart = leaf.DocBase;
                var leafEnd = leaf.DocBase + leaf.AtomicReader.MaxDoc;
                if (leafEnd <= start || leafStart >= end)
                {
                    continue;
                }

                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null)
                {
                    continue;
                }

                collector.SetNextReader(leaf);
                collector.SetScorer(scorer);
                var to = Math.Min(end, leafEnd) - leafStart;
                for (var doc = scorer.Advance(Math.Max(start, leafStart) - leafStart); doc < to; doc = scorer.NextDoc())
                {
                    collector.Collect(doc);
                }
            }
        });
    }
}
