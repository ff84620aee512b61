using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>Runs a search over the FTS index and the in-memory facet snapshot, inside one read transaction.</summary>
internal sealed class SearchEngine
{
    private const int FewHits = 3;
    private readonly FacetLabeler labeler;
    private readonly MatchCache cache;
    private readonly SlicedScorer scorer;
    private readonly int processors;

    /// <summary>Creates the engine with the label lookup for facet values, a cache of recent matches, a way to open more
    /// connections and how many cores scoring, filtering and counting may use.</summary>
    public SearchEngine(FacetLabeler labeler, int cachedQueries, Func<SqliteConnection> openConnection, int processors)
    {
        this.labeler = labeler;
        this.processors = processors;
        scorer = new SlicedScorer(openConnection, processors);
        cache = new MatchCache(cachedQueries);
    }

    /// <summary>Runs the request.</summary>
    public SearchResponse Search(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot, SearchRequest request)
    {
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        var offset = Math.Max(0, request.Offset);
        var parsed = QueryTranslator.Translate(request.Query, FilterSet.RequestFilters(request));
        var filters = FilterSet.Build(request, parsed, snapshot);
        var sort = request.Sort == SearchSort.Relevance && !parsed.HasText ? SearchSort.Date : request.Sort;

        var candidates = Candidates(connection, transaction, snapshot, parsed, sort == SearchSort.Relevance);
        var tally = FacetTally.Build(candidates, snapshot, filters, processors);
        var results = tally.Results;
        var counts = tally.Counts;

        var page = TopK.Page(results, Comparer(snapshot, sort), offset, limit);
        var hits = new List<SearchHit>(page.Count);
        using (var snippets = new SnippetReader(connection, transaction, parsed.HighlightTerms))
        {
            foreach (var candidate in page)
            {
                var document = snapshot.Documents[candidate.Index];
                hits.Add(ToHit(snapshot, document, candidate.Score, snippets.Read(document.RowId)));
            }
        }

        string? suggestion = null;
        if (parsed.HasText && results.Count < FewHits && !string.IsNullOrWhiteSpace(request.Query))
        {
            suggestion = SpellingSuggester.Suggest(connection, transaction, request.Query, parsed.PositiveWords, results.Count);
        }

        return new SearchResponse
        {
            Total = results.Count,
            Results = hits,
            Facets = BuildFacets(snapshot, counts, filters),
            Suggestion = suggestion,
        };
    }

    private List<Candidate> Candidates(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot, ParsedQuery parsed, bool score)
    {
        if (parsed.MatchExpression is not null)
        {
            var rows = Match(connection, transaction, snapshot, parsed.MatchExpression, score);
            var matched = new List<Candidate>(rows.Count);
            foreach (var (rowId, rank) in rows)
            {
                var index = snapshot.IndexOf(rowId);
                if (index >= 0)
                {
                    matched.Add(new Candidate(index, rank));
                }
            }

            return matched;
        }

        var candidates = new List<Candidate>(snapshot.Documents.Count);

        HashSet<long>? excluded = null;
        if (parsed.ExcludeExpression is not null)
        {
            excluded = Match(connection, transaction, snapshot, parsed.ExcludeExpression, score: false).Select(r => r.RowId).ToHashSet();
        }

        for (var i = 0; i < snapshot.Documents.Count; i++)
        {
            if (excluded is null || !excluded.Contains(snapshot.Documents[i].RowId))
            {
                candidates.Add(new Candidate(i, 0));
            }
        }

        return candidates;
    }

    private List<(long RowId, double Score)> Match(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot, string expression, bool score) =>
        cache.GetOrAdd(snapshot.Generation, expression, score, () => score
            ? scorer.Match(connection, transaction, snapshot, expression)
            : FtsMatcher.Match(connection, transaction, expression, score: false));

    private static Comparison<Candidate> Comparer(FacetSnapshot snapshot, SearchSort sort)
    {
        Comparison<Candidate> byTitle = (a, b) =>
        {
            var order = StringComparer.OrdinalIgnoreCase.Compare(snapshot.Documents[a.Index].Title, snapshot.Documents[b.Index].Title);
            return order != 0 ? order : string.CompareOrdinal(snapshot.Documents[a.Index].Id, snapshot.Documents[b.Index].Id);
        };
        Comparison<Candidate> comparison = sort switch
        {
            SearchSort.Relevance => (a, b) =>
            {
                var order = b.Score.CompareTo(a.Score);
                return order != 0 ? order : byTitle(a, b);
            },
            SearchSort.Date => (a, b) =>
            {
                var x = snapshot.Documents[a.Index];
                var y = snapshot.Documents[b.Index];
                var order = (y.Year ?? int.MinValue).CompareTo(x.Year ?? int.MinValue);
                order = order != 0 ? order : string.CompareOrdinal(y.FileModified, x.FileModified);
                return order != 0 ? order : byTitle(a, b);
            },
            _ => byTitle,
        };
        return comparison;
    }

    private static SearchHit ToHit(FacetSnapshot snapshot, SnapshotDocument document, double score, HighlightedText snippet)
    {
        IReadOnlyList<string> Values(string facet)
        {
            var slot = FacetNames.All.ToList().IndexOf(facet);
            return document.Values[slot].Select(id => snapshot.Value(slot, id)).ToList();
        }

        var categories = Values(FacetNames.Category);
        return new SearchHit
        {
            Id = document.Id,
            Title = document.Title,
            Path = document.Path,
            Format = document.Format,
            Score = Math.Round(score, 4),
            Snippet = snippet,
            Category = categories.FirstOrDefault(),
            Categories = categories,
            Model = Values(FacetNames.Model).FirstOrDefault(),
            Type = Values(FacetNames.Type).FirstOrDefault(),
            Powers = Values(FacetNames.Power),
            Councils = Values(FacetNames.Council),
            Year = document.Year,
        };
    }

    private Dictionary<string, IReadOnlyList<FacetCount>> BuildFacets(FacetSnapshot snapshot, int[][] counts, FilterSet filters)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var slot = 0; slot < counts.Length; slot++)
        {
            var facet = FacetSnapshot.Facets[slot];
            var list = new List<FacetCount>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var id = 0; id < counts[slot].Length; id++)
            {
                if (counts[slot][id] > 0)
                {
                    var value = snapshot.Value(slot, id);
                    seen.Add(value);
                    list.Add(new FacetCount(value, labeler.Label(facet, value), counts[slot][id]));
                }
            }

            if (filters.Selected.TryGetValue(facet, out var selected))
            {
                foreach (var value in selected.Where(seen.Add))
                {
                    var id = snapshot.ValueId(slot, value);
                    var stored = id >= 0 ? snapshot.Value(slot, id) : value;
                    list.Add(new FacetCount(stored, labeler.Label(facet, stored), 0));
                }
            }

            list.Sort((a, b) =>
            {
                var order = b.Count.CompareTo(a.Count);
                return order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(a.Label, b.Label);
            });
            facets[facet] = list;
        }

        return facets;
    }
}
