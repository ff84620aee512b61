using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Searching;

/// <summary>Counts the clause kinds of the clauses it is given.</summary>
internal sealed class KindCounter : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;

    /// <summary>Kind id to how many clauses have it.</summary>
    public IReadOnlyDictionary<string, int> Counts => counts;

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context) => values = context.AtomicReader.GetSortedSetDocValues(IndexFields.ClauseKinds);

    /// <inheritdoc />
    public void Collect(int doc)
    {
        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        var bytes = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, bytes);
            var kind = bytes.Utf8ToString();
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }
    }
}
