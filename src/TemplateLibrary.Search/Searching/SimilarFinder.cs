using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Searching;

/// <summary>Documents like a given one: Lucene's MoreLikeThis over its most distinctive terms (its title counted three
/// times, its headings and the start of its text, analysed as indexed), plus a bonus for each category, model, type and
/// power both carry.</summary>
internal static class SimilarFinder
{
    private const int TextCandidates = 100;
    private const int SampleChars = 20_000;
    private const double SharedTagBonus = 0.15;

    // Category, model, type and power: councils and years say little about what a document is.
    private static readonly int[] SharedSlots = [0, 1, 2, 3];

    /// <summary>The most similar documents, best first.</summary>
    public static List<SimilarDocument> Find(IndexSearcher searcher, LibraryAnalyzer analyzer, CatalogueStore catalogue, string id, int limit)
    {
        var reader = searcher.IndexReader;
        var self = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs.FirstOrDefault()
            ?? throw new DocumentNotFoundException(id);
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [.. IndexFields.TextFields],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 3,
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        mlt.SetMaxDocFreqPct(50);
        var title = HitCard.Read(reader, self.Doc).Title;
        var body = SnippetText.Read(catalogue, [(id, SampleChars)]).GetValueOrDefault(id)?.Text ?? string.Empty;
        var sample = string.Join('\n', title, title, title, HitCard.Headings(searcher, self.Doc), body);
        var like = new BooleanQuery(disableCoord: true)
        {
            { Like(mlt, sample), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT },
        };
        var scores = new Dictionary<int, double>();
        var top = searcher.Search(like, TextCandidates).ScoreDocs;
        var best = top.Length == 0 ? 1 : Math.Max(top.Max(t => t.Score), 1e-9);
        foreach (var hit in top)
        {
            scores[hit.Doc] = hit.Score / best;
        }

        var source = Tags(reader, self.Doc);
        var results = new List<(int Doc, double Score, List<string> Shared)>();
        foreach (var leaf in reader.Leaves)
        {
            var facets = SegmentFacets.For(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            // The source's values as this segment's ordinals: every document is looked at, so no string per value.
            var sourceOrds = SharedSlots.Select(slot => Enumerable.Range(0, facets.ValueCount(slot)).Select(ord => source[slot].Contains(facets.Value(slot, ord))).ToArray()).ToArray();
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                if (global == self.Doc || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                List<string>? shared = null;
                for (var i = 0; i < SharedSlots.Length; i++)
                {
                    var slot = SharedSlots[i];
                    foreach (var ord in facets.Values(slot, doc))
                    {
                        if (sourceOrds[i][ord])
                        {
                            (shared ??= []).Add($"{SegmentFacets.Slots[slot]}:{facets.Value(slot, ord)}");
                        }
                    }
                }

                var textScore = scores.GetValueOrDefault(global);
                if (textScore > 0 || shared is not null)
                {
                    results.Add((global, textScore + (SharedTagBonus * (shared?.Count ?? 0)), shared ?? []));
                }
            }
        }

        // Order by score; only the documents tied at the cut need their titles to break the tie.
        results.Sort((a, b) => b.Score.CompareTo(a.Score));
        var cut = results.Count > limit ? results[limit - 1].Score : double.MinValue;
        return results
            .TakeWhile((r, i) => i < limit || (r.Score >= cut && i < limit * 20))
            .Select(r => (r.Score, r.Shared, Hit: HitCard.Read(reader, r.Doc)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Hit.Title, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(r => new SimilarDocument(r.Hit.Id, r.Hit.Title, r.Hit.Path, r.Hit.Format, Math.Round(r.Score, 4), r.Shared))
            .ToList();
    }

    // The sample's distinctive terms, each searched in the text field where it is most common (MoreLikeThis picks the field
    // by document frequency over all its FieldNames): the three fields analyse alike, so one analysis gives the query.
    private static Query Like(MoreLikeThis mlt, string sample) => mlt.Like(new StringReader(sample), IndexFields.Body);

    private static HashSet<string>[] Tags(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var facets = SegmentFacets.For(leaf.AtomicReader);
        var local = doc - leaf.DocBase;
        var tags = new HashSet<string>[SegmentFacets.Slots.Count];
        for (var slot = 0; slot < tags.Length; slot++)
        {
            tags[slot] = [];
            foreach (var ord in facets.Values(slot, local))
            {
                tags[slot].Add(facets.Value(slot, ord));
            }
        }

        return tags;
    }
}
