using Lucene.Net.Search.Similarities;

namespace TemplateLibrary.Search.Querying;

/// <summary>BM25, plus coordination: where a query's words may match in part, a document holding more of them scores more.</summary>
internal sealed class LibrarySimilarity(RankingSettings ranking) : BM25Similarity(ranking.K1, ranking.B)
{
    /// <inheritdoc />
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 ? 1f : (float)Math.Pow(overlap / (double)maxOverlap, ranking.CoordExponent);
}
