using Microsoft.AspNetCore.WebUtilities;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Clauses;

/// <summary>Reads a clause search from URL parameters (the search's own, plus repeatable <c>kind</c>) and writes it back.</summary>
internal static class ClauseParameters
{
    /// <summary>The clause search page.</summary>
    public const string Path = "/clauses";

    /// <summary>The compare view.</summary>
    public const string ComparePath = "/clauses/compare";

    /// <summary>Reads the search and the kinds; throws SearchQueryException on a bad value.</summary>
    public static ClauseSearchRequest Read(IQueryCollection query) => new()
    {
        Search = SearchParameters.Read(query),
        Kinds = [.. query["kind"].Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)],
    };

    /// <summary>The URL of the clause search page for this search.</summary>
    public static string ToUrl(ClauseSearchRequest request)
    {
        var url = SearchParameters.ToUrl(request.Search, Path);
        foreach (var kind in request.Kinds)
        {
            url = QueryHelpers.AddQueryString(url, "kind", kind);
        }

        return url;
    }

    /// <summary>This search with one kind added or removed, back on the first page.</summary>
    public static ClauseSearchRequest ToggleKind(ClauseSearchRequest request, string kind) => request with
    {
        Kinds = request.Kinds.Contains(kind, StringComparer.Ordinal) ? [.. request.Kinds.Where(k => k != kind)] : [.. request.Kinds, kind],
        Search = request.Search with { Offset = 0 },
    };

    /// <summary>The clause ids of a compare URL: repeated <c>ids</c>, or one comma-separated list.</summary>
    public static List<string> ReadIds(IQueryCollection query) =>
        [.. query["ids"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).Take(MaxCompared)];

    /// <summary>The compare URL of some clauses.</summary>
    public static string CompareUrl(IEnumerable<string> ids) =>
        QueryHelpers.AddQueryString(ComparePath, "ids", string.Join(',', ids));

    /// <summary>The most clauses laid side by side.</summary>
    public const int MaxCompared = 6;
}
