using System.Text.RegularExpressions;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>When nothing matches, finds what would: the spelling suggestion, leaving out one word, removing one filter.</summary>
internal static class ZeroResultHelp
{
    private const int MostAlternatives = 6;

    /// <summary>The alternatives that find something, most documents first.</summary>
    public static List<SearchAlternative> Find(SearchRequest request, QueryPlan plan, string? suggestion, FacetLabeler labeler, Func<SearchRequest, int> total)
    {
        var candidates = new List<(string Description, SearchRequest Request)>();
        var first = request with { Offset = 0 };
        if (suggestion is not null)
        {
            candidates.Add(($"Search for “{suggestion}”", first with { Query = suggestion }));
        }

        if (plan.ContentWords.Count >= 2)
        {
            foreach (var word in plan.ContentWords.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var without = Without(request.Query ?? string.Empty, word);
                if (without.Length > 0 && without != request.Query)
                {
                    candidates.Add(($"Leave out “{word}”", first with { Query = without }));
                }
            }
        }

        foreach (var (facet, values) in request.Filters)
        {
            foreach (var value in values)
            {
                candidates.Add(($"Remove the filter {FacetTitles.Of(facet)}: {labeler.Label(facet, value)}", request.Toggle(facet, value)));
            }
        }

        if (request.YearFrom is not null || request.YearTo is not null)
        {
            candidates.Add(("Remove the year range", first with { YearFrom = null, YearTo = null }));
        }

        var filtered = request.Filters.Any(f => f.Value.Count > 0) || request.YearFrom is not null || request.YearTo is not null;
        if (!string.IsNullOrWhiteSpace(request.Query) && filtered)
        {
            candidates.Add(($"Search all documents for “{request.Query}”", new SearchRequest { Query = request.Query, Sort = request.Sort, Limit = request.Limit }));
        }

        return candidates
            .Select(c => new SearchAlternative(c.Description, c.Request, Count(total, c.Request)))
            .Where(a => a.Total > 0)
            .OrderByDescending(a => a.Total)
            .Take(MostAlternatives)
            .ToList();
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
        var removed = Regex.Replace(query, pattern, " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        return string.Join(' ', removed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
