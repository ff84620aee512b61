using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;
using Lucene.Net.Util;
using static Lucene.Net.Search.VectorHighlight.FieldTermStack;

namespace TemplateLibrary.Search.Searching;

/// <summary>Where a query's terms occur in one field of one document, read from the offsets the postings store, in the
/// form Lucene's vector highlighter works on (a <see cref="FieldTermStack"/>).</summary>
/// <remarks>The highlighter would read them from term vectors, walking every term of the document; the postings are
/// already indexed and are sought for the query's few terms only.</remarks>
internal sealed class PostingsTermStack
{
    // A field query whose term set has no field: a stack built with it is empty and reads nothing.
    private static readonly FieldQuery NothingToRead = new FastVectorHighlighter(true, fieldMatch: true).GetFieldQuery(new TermQuery(new Term("\u0001", "\u0001")));
    private readonly IndexReader reader;
    private readonly List<(string Text, BytesRef Bytes)> terms;
    private readonly Dictionary<string, float> weights = new(StringComparer.Ordinal);

    /// <summary>Prepares the terms to look up.</summary>
    public PostingsTermStack(IndexReader reader, IEnumerable<string> terms)
    {
        this.reader = reader;
        this.terms = [.. terms.Distinct(StringComparer.Ordinal).Select(t => (t, new BytesRef(t)))];
    }

    /// <summary>True when there is nothing to look for.</summary>
    public bool IsEmpty => terms.Count == 0;

    /// <summary>The terms of a query made of term and phrase queries (what the highlighter marks).</summary>
    public static IEnumerable<string> TermsOf(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Where(c => !c.IsProhibited).SelectMany(c => TermsOf(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.SelectMany(TermsOf),
        TermQuery term => [term.Term.Text],
        PhraseQuery phrase => phrase.GetTerms().Select(t => t.Text),
        _ => [],
    };

    /// <summary>The query terms' occurrences in a field of each of several documents (in any order), in position order;
    /// at most <paramref name="perTerm"/> occurrences of a term per document.</summary>
    public Dictionary<int, FieldTermStack> Read(IReadOnlyList<int> docs, string field, int perTerm)
    {
        var found = docs.Distinct().ToDictionary(d => d, _ => new List<TermInfo>());
        // Leaf by leaf, documents in order: one enumeration of each term's postings serves every document of a leaf.
        foreach (var group in found.Keys.GroupBy(d => ReaderUtil.SubIndex(d, reader.Leaves)))
        {
            var leaf = reader.Leaves[group.Key];
            var fieldTerms = leaf.AtomicReader.GetTerms(field);
            if (fieldTerms is null)
            {
                continue;
            }

            var ordered = group.Order().ToList();
            var termsEnum = fieldTerms.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            foreach (var (text, bytes) in terms)
            {
                if (!termsEnum.SeekExact(bytes))
                {
                    continue;
                }

                postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null)
                {
                    continue;
                }

                var weight = Weight(field, text, bytes);
                var current = -1;
                foreach (var doc in ordered)
                {
                    var local = doc - leaf.DocBase;
                    if (current < local && current != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        current = postings.Advance(local);
                    }

                    if (current != local)
                    {
                        continue;
                    }

                    var frequency = Math.Min(postings.Freq, perTerm);
                    for (var i = 0; i < frequency; i++)
                    {
                        var position = postings.NextPosition();
                        if (postings.StartOffset >= 0)
                        {
                            found[doc].Add(new TermInfo(text, postings.StartOffset, postings.EndOffset, position, weight));
                        }
                    }
                }
            }
        }

        return found.ToDictionary(f => f.Key, f => Stack(f.Key, field, f.Value));
    }

    private FieldTermStack Stack(int doc, string field, List<TermInfo> infos)
    {
        var stack = new FieldTermStack(reader, doc, field, NothingToRead);
        // The stack pops from the front: push the last position first.
        infos.Sort((a, b) => b.Position != a.Position ? b.Position.CompareTo(a.Position) : b.StartOffset.CompareTo(a.StartOffset));
        foreach (var info in infos)
        {
            stack.Push(info);
        }

        return stack;
    }

    // A rarer term weighs more in choosing the best passage (the highlighter's own formula).
    private float Weight(string field, string text, BytesRef bytes)
    {
        var key = field + "\u0001" + text;
        if (!weights.TryGetValue(key, out var weight))
        {
            weight = (float)(Math.Log(reader.MaxDoc / (double)(reader.DocFreq(new Term(field, bytes)) + 1)) + 1.0);
            weights[key] = weight;
        }

        return weight;
    }
}
