using System.Text.RegularExpressions;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>When nothing matches, finds what would: the spelling suggestion, removing a facet's filter, leaving out a
/// word, or the words without any filter. Filter alternatives are counted in the search's own pass; each word left out
/// costs one more count.</summary>
internal static class ZeroResultHelp
{
    private const int MostAlternatives = 6;
    private const int MostWordsTried = 4;

    /// <summary>The alternatives that find something, most documents first.</summary>
    /// <param name="request">The search that found nothing.</param>
    /// <param name="parsed">Its query, read.</param>
    /// <param name="plan">Its query, planned.</param>
    /// <param name="suggestion">The spelling suggestion, if any.</param>
    /// <param name="pass">The search's collector: how many documents pass every filter but each facet's own.</param>
    /// <param name="labeler">Display labels.</param>
    /// <param name="total">Counts another request on the same view of the index.</param>
    public static List<SearchAlternative> Find(
        SearchRequest request, ParsedQuery parsed, QueryPlan plan, string? suggestion, FacetCollector pass, FacetLabeler labeler, Func<SearchRequest, int> total)
    {
        var alternatives = new List<SearchAlternative>();
        var first = request with { Offset = 0 };
        void Add(string description, SearchRequest alternative, int count)
        {
            if (count > 0)
            {
                alternatives.Add(new SearchAlternative(description, alternative, count));
            }
        }

        if (suggestion is not null)
        {
            var corrected = first with { Query = suggestion };
            Add($"Search for “{suggestion}”", corrected, Count(total, corrected));
        }

        // A facet filtered in the query text ("category:legal") stays filtered when the request's filter goes.
        var textFiltered = new HashSet<string>(parsed.Filters.Keys, StringComparer.Ordinal);
        if (parsed.YearFrom is not null || parsed.YearTo is not null)
        {
            textFiltered.Add(FacetNames.Year);
        }

        foreach (var (facet, values) in request.Filters.Where(f => f.Value.Count > 0 && !textFiltered.Contains(f.Key)))
        {
            if (facet == FacetNames.Year && (request.YearFrom is not null || request.YearTo is not null))
            {
                continue; // Counted with the year range below.
            }

            var slot = SegmentFacets.Slots.ToList().IndexOf(facet);
            var without = first with { Filters = request.Filters.Where(f => f.Key != facet).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal) };
            var labels = string.Join(", ", values.Select(v => labeler.Label(facet, v)));
            Add($"Remove the filter {FacetTitles.Of(facet)}: {labels}", without, slot >= 0 ? pass.PassingAllBut[slot] : 0);
        }

        if ((request.YearFrom is not null || request.YearTo is not null) && !textFiltered.Contains(FacetNames.Year))
        {
            var without = first with { YearFrom = null, YearTo = null, Filters = request.Filters.Where(f => f.Key != FacetNames.Year).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal) };
            Add("Remove the year range", without, pass.PassingAllBut[SegmentFacets.YearSlot]);
        }

        if (plan.ContentWords.Count >= 2)
        {
            foreach (var word in plan.ContentWords.Distinct(StringComparer.OrdinalIgnoreCase).Take(MostWordsTried))
            {
                var without = Without(request.Query ?? string.Empty, word);
                if (without.Length > 0 && without != request.Query)
                {
                    var shorter = first with { Query = without };
                    Add($"Leave out “{word}”", shorter, Count(total, shorter));
                }
            }
        }

        var filtered = request.Filters.Any(f => f.Value.Count > 0) || request.YearFrom is not null || request.YearTo is not null;
        if (!string.IsNullOrWhiteSpace(request.Query) && filtered)
        {
            var everywhere = new SearchRequest { Query = request.Query, Sort = request.Sort, Limit = request.Limit };
            Add($"Search all documents for “{request.Query}”", everywhere, textFiltered.Count == 0 ? pass.TextMatches : Count(total, everywhere));
        }

        return [.. alternatives.OrderByDescending(a => a.Total).Take(MostAlternatives)];
    }

    private static int Count(Func<SearchRequest, int> total, SearchRequest request)
    {
        try
        {
            return total(request);
        }
        catch (Core.Errors.SearchQueryException)
        {
            return 0; // Leaving a word out can leave only exclusions: such a query finds nothing to offer.
        }
    }

    private static string Without(string query, string words)
    {
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\W+", words.Split(' ').Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        try
        {
            var removed = Regex.Replace(query, pattern, " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return string.Join(' ', removed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        catch (RegexMatchTimeoutException)
        {
            // A busy machine can stall the match past its guard: the query unchanged offers nothing, never an error.
            return query;
        }
    }
}
