using Lucene.Net.Search;

namespace TemplateLibrary.Search.Indexing;

/// <summary>A point-in-time searcher borrowed from the index; dispose it to give it back.</summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly ReferenceManager<IndexSearcher>? owner;

    /// <summary>Wraps a searcher and the manager it came from (none for the empty searcher).</summary>
    public SearcherLease(IndexSearcher searcher, ReferenceManager<IndexSearcher>? owner)
    {
        Searcher = searcher;
        this.owner = owner;
    }

    /// <summary>The searcher: one consistent view of the index.</summary>
    public IndexSearcher Searcher { get; }

    /// <inheritdoc />
    public void Dispose() => owner?.Release(Searcher);
}
