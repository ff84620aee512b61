using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>Searches the clauses' index with the document search's query language, filters and ranking: the kind filter
/// on top, and kinds counted with every filter but their own.</summary>
internal sealed class ClauseSearchEngine
{
    private static readonly ISet<string> Shown = new HashSet<string>(
        [IndexFields.Id, IndexFields.ClauseOf, IndexFields.Anchor, IndexFields.Number, IndexFields.Page, IndexFields.Title, IndexFields.Headings, IndexFields.Body, IndexFields.ClauseKinds],
        StringComparer.Ordinal);

    private readonly TextIndex index;
    private readonly SearchTables tables;
    private readonly Func<DateOnly> today;

    /// <summary>Creates the engine over the clauses' index and the analysed vocabulary; review:due counts from <paramref name="today"/>.</summary>
    public ClauseSearchEngine(TextIndex index, SearchTables tables, Func<DateOnly> today)
    {
        this.today = today;
        this.index = index;
        this.tables = tables;
    }

    /// <summary>Runs the request.</summary>
    /// <exception cref="SearchQueryException">The query, a filter or a kind is invalid (one-line reason).</exception>
    public ClauseSearchResponse Search(ClauseSearchRequest request)
    {
        var search = request.Search;
        var kinds = request.Kinds.Where(k => !string.IsNullOrWhiteSpace(k)).Select(ResolveKind).Distinct(StringComparer.Ordinal).ToList();
        var parsed = QueryTranslator.Translate(search.Query, FacetFilter.RequestFilters(search) || kinds.Count > 0);
        var filter = FacetFilter.Build(search, parsed, tables.Taxonomy, today());
        var limit = Math.Clamp(search.Limit, 1, SearchRequest.MaxLimit);
        var offset = Math.Max(0, search.Offset);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var plan = tables.NewBuilder(searcher.IndexReader).Build(parsed.Tree);
        var text = ReviewFilter.Apply(plan.Match ?? new MatchAllDocsQuery(), filter);

        var kindCounter = new KindCounter();
        searcher.Search(text, new FacetCollector(filter, kindCounter));

        var top = TopScoreDocCollector.Create(offset + limit, docsScoredInOrder: true);
        var collector = new FacetCollector(filter, top);
        searcher.Search(kinds.Count == 0 ? text : new FilteredQuery(text, new QueryWrapperFilter(KindQuery(kinds))), collector);
        var counts = collector.Counts();
        var page = top.GetTopDocs(offset, limit).ScoreDocs;
        return new ClauseSearchResponse
        {
            Total = collector.Total,
            Results = Hits(searcher, plan, page),
            Kinds = KindCounts(kindCounter.Counts, kinds),
            Facets = FacetCountsBuilder.Build(counts, filter, tables.Labeler),
        };
    }

    private static BooleanQuery KindQuery(List<string> kinds)
    {
        var query = new BooleanQuery();
        foreach (var kind in kinds)
        {
            query.Add(new TermQuery(new Term(IndexFields.ClauseKinds, kind)), Occur.SHOULD);
        }

        return query;
    }

    private string ResolveKind(string value)
    {
        var vocabulary = tables.Taxonomy.Clauses.Kinds;
        var wanted = Normalise(value);
        return vocabulary.FirstOrDefault(k => Normalise(k.Id) == wanted || Normalise(k.Label) == wanted)?.Id
            ?? throw new SearchQueryException($"unknown clause kind '{(value.Length <= 40 ? value : value[..40] + "…")}': use {string.Join(", ", vocabulary.Select(k => k.Id))}");
    }

    private static string Normalise(string text) =>
        new([.. text.Replace("&", "and", StringComparison.Ordinal).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private List<FacetCount> KindCounts(IReadOnlyDictionary<string, int> counts, List<string> selected)
    {
        var list = tables.Taxonomy.Clauses.Kinds
            .Where(k => counts.ContainsKey(k.Id) || selected.Contains(k.Id))
            .Select(k => new FacetCount(k.Id, k.Label, counts.GetValueOrDefault(k.Id)))
            .ToList();
        list.Sort(FacetCountsBuilder.Order);
        return list;
    }

    private List<ClauseHit> Hits(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] page)
    {
        var docs = page.Select(p => p.Doc).ToList();
        var passages = plan.HasText
            ? new SnippetBuilder(searcher.IndexReader, SearchEngine.HighlightQuery(searcher.IndexReader, plan, tables)).BestPassages(docs, IndexFields.Body)
            : [];
        var hits = new List<ClauseHit>(page.Length);
        foreach (var scored in page)
        {
            var stored = searcher.Doc(scored.Doc, Shown);
            var body = stored.Get(IndexFields.Body) ?? string.Empty;
            var number = stored.Get(IndexFields.Number);
            hits.Add(new ClauseHit
            {
                Id = stored.Get(IndexFields.Id),
                DocumentId = stored.Get(IndexFields.ClauseOf),
                DocumentTitle = stored.Get(IndexFields.Headings) ?? string.Empty,
                Anchor = stored.Get(IndexFields.Anchor),
                Number = string.IsNullOrEmpty(number) ? null : number,
                Caption = stored.Get(IndexFields.Title) ?? string.Empty,
                Page = int.TryParse(stored.Get(IndexFields.Page), NumberStyles.None, CultureInfo.InvariantCulture, out var pageNumber) ? pageNumber : null,
                Kinds = stored.GetValues(IndexFields.ClauseKinds),
                Score = float.IsNaN(scored.Score) || !plan.HasText ? 0 : Math.Round(scored.Score, 4),
                Snippet = passages.GetValueOrDefault(scored.Doc) is { } passage
                    ? SnippetBuilder.Render(body, passage)
                    : new HighlightedText([new HighlightSegment(DocumentMapper.Lead(body), false)]),
            });
        }

        return hits;
    }
}
