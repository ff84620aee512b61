using Lucene.Net.Index;
using Lucene.Net.Search;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>Runs a search on one point-in-time view of the index: the query, the filters and multi-select facet counts in
/// one pass, the page's snippets, and help when the query finds little.</summary>
internal sealed class SearchEngine
{
    private const int FewHits = 3;

    // Documents only: clauses of agreements will be another kind of unit in the same index.
    private static readonly Filter DocumentsOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Kind, IndexFields.DocumentKind))));
    private static readonly SortField ByTitle = new(IndexFields.TitleSort, SortFieldType.STRING);
    private static readonly SortField ById = new(IndexFields.Id, SortFieldType.STRING);
    private static readonly Sort Newest = new(new SortField(IndexFields.YearNumber, SortFieldType.INT64, true), new SortField(IndexFields.Modified, SortFieldType.INT64, true), ByTitle, ById);
    private static readonly Sort Alphabetical = new(ByTitle, ById);

    private readonly TextIndex index;
    private readonly CatalogueStore catalogue;
    private readonly SearchTables tables;
    private readonly int slicedFrom;
    private readonly Func<DateOnly> today;

    /// <summary>Creates the engine over the index, the catalogue (for snippet text) and the analysed vocabulary; from
    /// <paramref name="slicedFrom"/> documents on, searches run in parallel slices; review:due counts from <paramref name="today"/>.</summary>
    public SearchEngine(TextIndex index, CatalogueStore catalogue, SearchTables tables, int slicedFrom, Func<DateOnly> today)
    {
        this.today = today;
        this.index = index;
        this.catalogue = catalogue;
        this.tables = tables;
        this.slicedFrom = slicedFrom;
    }

    /// <summary>Runs the request.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        var offset = Math.Max(0, request.Offset);
        var (parsed, filter) = Read(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var plan = tables.NewBuilder(searcher.IndexReader).Build(parsed.Tree);
        var sort = request.Sort == SearchSort.Relevance && !plan.HasText ? SearchSort.Date : request.Sort;
        var (collector, top) = Collect(searcher, plan, filter, sort, offset + limit);
        var counts = collector.Counts();
        var page = top(offset, limit).ScoreDocs;
        var hits = Hits(searcher, plan, page);

        string? suggestion = null;
        // Misspelt words matched by their close spellings always say what was meant, however many hits they found.
        var misspelt = plan.Expansions.Any(e => e is FuzzyQuery);
        if (plan.HasText && (collector.Total < FewHits || misspelt) && plan.CorrectableWords.Count > 0 && !string.IsNullOrWhiteSpace(request.Query))
        {
            var corrected = SpellingSuggester.Suggest(searcher.IndexReader, request.Query, plan.CorrectableWords, tables.IsKnown);
            suggestion = corrected is not null && (misspelt || Total(searcher, request with { Query = corrected }) > collector.Total) ? corrected : null;
        }

        return new SearchResponse
        {
            Total = collector.Total,
            Results = hits,
            Facets = FacetCountsBuilder.Build(counts, filter, tables.Labeler),
            Versions = new VersionCounts(collector.CurrentVersions, collector.AllVersions),
            Suggestion = suggestion,
            Understood = Understood(plan, counts, filter),
            Alternatives = collector.Total == 0 && !request.IsEmpty
                ? ZeroResultHelp.Find(request, parsed, plan, suggestion, collector, tables.Labeler, r => Total(searcher, r))
                : [],
        };
    }

    /// <summary>Every match of the request in its order, from one view of the index, ignoring its page; each hit's
    /// snippet is the opening of its summary or text (an export has no use for marked passages).</summary>
    public IReadOnlyList<SearchHit> SearchAll(SearchRequest request)
    {
        var (parsed, filter) = Read(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var plan = tables.NewBuilder(searcher.IndexReader).Build(parsed.Tree);
        var sort = request.Sort == SearchSort.Relevance && !plan.HasText ? SearchSort.Date : request.Sort;
        var (collector, top) = Collect(searcher, plan, filter, sort, Math.Max(1, searcher.IndexReader.NumDocs));
        return [.. top(0, Math.Max(1, collector.Total)).ScoreDocs.Select(p =>
        {
            var card = HitCard.Read(searcher.IndexReader, p.Doc);
            return ToHit(card, p.Score, Lead(card), null);
        })];
    }

    private (ParsedQuery Parsed, FacetFilter Filter) Read(SearchRequest request)
    {
        var parsed = QueryTranslator.Translate(request.Query, FacetFilter.RequestFilters(request));
        return (parsed, FacetFilter.Build(request, parsed, tables.Taxonomy, today()));
    }

    // The matches, counted and (unless only counted: pageSize 0) ranked: in slices run at once on a large library.
    private (FacetCollector Pass, Func<int, int, TopDocs> Top) Collect(IndexSearcher searcher, QueryPlan plan, FacetFilter filter, SearchSort sort, int pageSize)
    {
        var slices = SlicedSearch.SlicesFor(searcher, slicedFrom);
        var tops = new List<ICollector>(slices);
        for (var i = 0; i < slices; i++)
        {
            // By relevance: the plain score heap (ties in index order); by date or title: the sort's doc values.
            tops.Add(pageSize == 0 ? new TotalHitCountCollector()
                : sort == SearchSort.Relevance ? TopScoreDocCollector.Create(pageSize, docsScoredInOrder: true)
                : TopFieldCollector.Create(SortOf(sort), pageSize, fillFields: slices > 1, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true));
        }

        var passes = tops.Select(top => new FacetCollector(filter, top)).ToList();
        var query = ReviewFilter.Apply(plan.Match ?? new MatchAllDocsQuery(), filter);
        // While every unit of the index is a document, filtering on the kind only costs time.
        var reader = searcher.IndexReader;
        var onlyDocuments = reader.DocFreq(new Term(IndexFields.Kind, IndexFields.DocumentKind)) == reader.MaxDoc;
        SlicedSearch.Run(searcher, onlyDocuments ? query : new FilteredQuery(query, DocumentsOnly), passes);
        foreach (var other in passes.Skip(1))
        {
            passes[0].Add(other);
        }

        TopDocs Top(int start, int size) => tops.Count == 1
            ? TopOf(tops[0], start, size)
            : TopDocs.Merge(sort == SearchSort.Relevance ? null : SortOf(sort), start, size, [.. tops.Select(t => TopOf(t, 0, pageSize))]);
        return (passes[0], Top);
    }

    private static TopDocs TopOf(ICollector collector, int start, int size) => collector switch
    {
        TopScoreDocCollector byScore => byScore.GetTopDocs(start, size),
        TopFieldCollector bySort => bySort.GetTopDocs(start, size),
        _ => new TopDocs(0, [], float.NaN),
    };

    // How many documents another request finds, on the same view of the index.
    private int Total(IndexSearcher searcher, SearchRequest request)
    {
        var (parsed, filter) = Read(request);
        var plan = tables.NewBuilder(searcher.IndexReader).Build(parsed.Tree);
        return Collect(searcher, plan, filter, SearchSort.Relevance, pageSize: 0).Pass.Total;
    }

    private static Sort SortOf(SearchSort sort) => sort == SearchSort.Date ? Newest : Alphabetical;

    private List<SearchHit> Hits(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] page)
    {
        var cards = page.Select(p => HitCard.Read(searcher.IndexReader, p.Doc)).ToList();
        var hits = new List<SearchHit>(page.Length);
        if (!plan.HasText)
        {
            hits.AddRange(page.Select((p, i) => ToHit(cards[i], p.Score, Lead(cards[i]), null)));
            return hits;
        }

        var docs = page.Select(p => p.Doc).ToList();
        var snippets = new SnippetBuilder(searcher.IndexReader, HighlightQuery(searcher.IndexReader, plan, tables));
        var body = snippets.BestPassages(docs, IndexFields.Body);
        var texts = SnippetText.Read(catalogue, [.. cards.Zip(docs).Where(p => body[p.Second] is not null).Select(p => (p.First.Id, body[p.Second]!.EndOffset + SnippetBuilder.PassageChars))]);
        var elsewhere = docs.Where(d => body[d] is null || !texts.ContainsKey(cards[docs.IndexOf(d)].Id)).ToList();
        var headings = elsewhere.Count == 0 ? [] : snippets.BestPassages(elsewhere, IndexFields.Headings);
        var titles = elsewhere.Count == 0 ? [] : snippets.BestPassages(elsewhere, IndexFields.Title);
        for (var i = 0; i < page.Length; i++)
        {
            var card = cards[i];
            var doc = docs[i];
            var snippet = Lead(card);
            int? pageNumber = null;
            if (body[doc] is { } passage && texts.TryGetValue(card.Id, out var text) && text.Generation == card.Generation)
            {
                snippet = SnippetBuilder.Render(text.Text, passage);
                var firstMatch = passage.SubInfos.SelectMany(m => m.TermsOffsets).Select(t => t.StartOffset).DefaultIfEmpty(passage.StartOffset).Min();
                pageNumber = PageStarts.PageAt(text.PageStarts, firstMatch);
            }
            else if (headings.GetValueOrDefault(doc) is { } heading)
            {
                snippet = SnippetBuilder.Render(HitCard.Headings(searcher, doc), heading);
            }
            else if (titles.GetValueOrDefault(doc) is { } title)
            {
                snippet = SnippetBuilder.Render(card.Title, title);
            }

            hits.Add(ToHit(card, page[i].Score, snippet, pageNumber));
        }

        return hits;
    }

    private static HighlightedText Lead(HitCard card) =>
        card.Lead.Length == 0 ? HighlightedText.Empty : new HighlightedText([new HighlightSegment(card.Lead, false)]);

    private static SearchHit ToHit(HitCard hit, float score, HighlightedText snippet, int? page)
    {
        var tags = hit.Tags;
        return new SearchHit
        {
            Id = hit.Id,
            Title = hit.Title,
            Path = hit.Path,
            Format = hit.Format,
            Score = float.IsNaN(score) ? 0 : Math.Round(score, 4),
            Snippet = snippet,
            Page = page,
            Category = tags[FacetNames.Category].FirstOrDefault(),
            Categories = tags[FacetNames.Category],
            Model = tags[FacetNames.Model].FirstOrDefault(),
            Models = tags[FacetNames.Model],
            Type = tags[FacetNames.Type].FirstOrDefault(),
            Types = tags[FacetNames.Type],
            Powers = tags[FacetNames.Power],
            Councils = tags[FacetNames.Council],
            Partners = tags[FacetNames.Partner],
            Year = hit.Year,
            EarlierVersions = hit.EarlierVersions,
            CurrentVersionId = hit.Family == hit.Id ? null : hit.Family,
        };
    }

    /// <summary>A document's text with every match of a query marked (unmarked with no query).</summary>
    public HighlightedText HighlightDocument(string id, string? query, int maxChars)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        ParsedQuery parsed;
        try
        {
            parsed = QueryTranslator.Translate(query, hasOtherFilters: true);
        }
        catch (Core.Errors.SearchQueryException)
        {
            parsed = QueryTranslator.Translate(null);
        }

        var plan = tables.NewBuilder(searcher.IndexReader).Build(parsed.Tree);
        return DocumentHighlighter.Highlight(searcher, catalogue, HighlightQuery(searcher.IndexReader, plan, tables), id, maxChars);
    }

    /// <summary>The plan's terms and phrases, and its prefixes expanded to the stems of the index's words that start with them.</summary>
    internal static Query HighlightQuery(IndexReader reader, QueryPlan plan, SearchTables tables)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var part in plan.Highlight)
        {
            query.Add(part, Occur.SHOULD);
        }

        foreach (var expansion in plan.Expansions)
        {
            var copy = (MultiTermQuery)expansion.Clone();
            copy.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(64);
            if (copy.Rewrite(reader) is not BooleanQuery expanded)
            {
                continue;
            }

            foreach (var clause in expanded.Clauses)
            {
                if (clause.Query is TermQuery term)
                {
                    foreach (var stem in Analysis.TextAnalysis.Analyze(tables.Analyzer, IndexFields.Body, term.Term.Text))
                    {
                        query.Add(new TermQuery(new Term(IndexFields.Body, stem.Term)), Occur.SHOULD);
                    }
                }
            }
        }

        return query;
    }

    private List<FilterSuggestion> Understood(QueryPlan plan, IReadOnlyList<Dictionary<string, int>> counts, FacetFilter filter)
    {
        var offers = new List<FilterSuggestion>();
        foreach (var (name, words) in plan.Understood)
        {
            if (filter.Selected.TryGetValue(name.Facet, out var selected) && selected.Contains(name.Value, StringComparer.OrdinalIgnoreCase))
            {
                continue; // Already chosen.
            }

            var slot = SegmentFacets.Slots.ToList().IndexOf(name.Facet);
            var count = slot >= 0 ? counts[slot].GetValueOrDefault(name.Value) : 0;
            if (count > 0)
            {
                offers.Add(new FilterSuggestion(name.Facet, name.Value, tables.Labeler.Label(name.Facet, name.Value), words, count));
            }
        }

        return offers;
    }
}
