using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>When nothing matches, finds which single filter to drop (or the query) to get results.</summary>
internal static class ZeroResultHints
{
    /// <summary>The relaxations that would find something, most results first.</summary>
    public static IReadOnlyList<ZeroResultHint> Find(ILibrary library, LibrarySearchQuery search)
    {
        var hints = new List<ZeroResultHint>();
        foreach (var (facet, values) in search.Filters)
        {
            foreach (var value in values)
            {
                var relaxed = SearchParameters.Toggle(search, facet, value);
                Add(hints, library, relaxed, $"Remove the filter {FacetTitles.Of(facet)}: {library.Label(facet, value)}");
            }
        }

        if (search.YearFrom is not null || search.YearTo is not null)
        {
            Add(hints, library, search with { YearFrom = null, YearTo = null, Offset = 0 }, "Remove the year range");
        }

        var hasFilters = search.Filters.Any(f => f.Value.Count > 0) || search.YearFrom is not null || search.YearTo is not null;
        if (search.Query.Length > 0 && hasFilters)
        {
            Add(hints, library, new LibrarySearchQuery { Query = search.Query }, $"Search all documents for “{search.Query}”");
            Add(hints, library, search with { Query = "", Offset = 0 }, "Keep the filters, drop the search words");
        }

        return [.. hints.OrderByDescending(h => h.Total).Take(6)];
    }

    private static void Add(List<ZeroResultHint> hints, ILibrary library, LibrarySearchQuery relaxed, string text)
    {
        var total = library.Search(relaxed with { Limit = 1, Offset = 0 }).Total;
        if (total > 0)
        {
            hints.Add(new ZeroResultHint(text, SearchParameters.ToUrl(relaxed), total));
        }
    }
}
