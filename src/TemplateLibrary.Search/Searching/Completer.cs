using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>Search-as-you-type: titles holding what was typed (the last word as a prefix), then completions of the last
/// word from the index's unstemmed vocabulary, most frequent first.</summary>
internal static class Completer
{
    /// <summary>Up to <paramref name="limit"/> distinct completions.</summary>
    public static List<string> Complete(IndexSearcher searcher, LibraryAnalyzer analyzer, string typed, int limit)
    {
        var text = typed.Length > QueryTranslator.MaxLength ? typed[..QueryTranslator.MaxLength] : typed;
        var tokens = TextAnalysis.OnePerPosition(TextAnalysis.Analyze(analyzer, IndexFields.Words, text));
        var results = new List<string>();
        if (tokens.Count == 0)
        {
            return results;
        }

        var lastIsPartial = !char.IsWhiteSpace(text[^1]) && tokens[^1].End == text.TrimEnd().Length;
        var titles = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(IndexFields.Kind, IndexFields.DocumentKind)), Occur.MUST } };
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = new Term(IndexFields.TitleWords, tokens[i].Term);
            titles.Add(lastIsPartial && i == tokens.Count - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }

        foreach (var hit in searcher.Search(titles, Math.Max(1, limit / 2), new Sort(new SortField(IndexFields.TitleSort, SortFieldType.STRING))).ScoreDocs)
        {
            AddDistinct(results, HitCard.Read(searcher.IndexReader, hit.Doc).Title);
        }

        if (lastIsPartial)
        {
            var head = string.Join(' ', tokens.Take(tokens.Count - 1).Select(t => t.Term));
            foreach (var word in Words(searcher.IndexReader, tokens[^1].Term, limit))
            {
                if (results.Count >= limit)
                {
                    break;
                }

                AddDistinct(results, head.Length == 0 ? word : head + " " + word);
            }
        }

        return [.. results.Take(limit)];
    }

    // The words starting with a prefix, most documents first.
    private static IEnumerable<string> Words(IndexReader reader, string prefix, int limit)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Words);
        if (terms is null)
        {
            return [];
        }

        var best = new PriorityQueue<string, (int, string)>(Comparer<(int Frequency, string Word)>.Create((a, b) =>
        {
            var order = a.Frequency.CompareTo(b.Frequency);
            return order != 0 ? order : string.CompareOrdinal(b.Word, a.Word);
        }));
        var start = new BytesRef(prefix);
        var words = terms.GetEnumerator();
        if (words.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            if (!StringHelper.StartsWith(words.Term, start))
            {
                break;
            }

            var word = words.Term.Utf8ToString();
            best.Enqueue(word, (words.DocFreq, word));
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }
        while (words.MoveNext());

        var ordered = new List<(string Word, int Frequency)>();
        while (best.TryDequeue(out var word, out var priority))
        {
            ordered.Add((word, priority.Item1));
        }

        ordered.Reverse();
        return ordered.Select(o => o.Word);
    }

    private static void AddDistinct(List<string> results, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !results.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            results.Add(value);
        }
    }
}
