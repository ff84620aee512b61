using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Web.Search;

/// <summary>Reads a search from URL parameters and writes it back: the URL holds the whole state.</summary>
internal static class SearchParameters
{
    /// <summary>The longest query accepted.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>The facets a URL can filter on, in display order.</summary>
    public static IReadOnlyList<string> Facets { get; } = FacetNames.All;

    /// <summary>Reads q, the facets (repeatable), yearFrom, yearTo, reviewBefore (YYYY-MM-DD), sort, limit, offset and versions (current or all); throws SearchQueryException on a bad value.</summary>
    public static SearchRequest Read(IQueryCollection query)
    {
        var text = Typed(query).Query ?? "";
        if (query["q"].ToString().Trim().Length > MaxQueryLength)
        {
            throw new SearchQueryException($"the query is longer than {MaxQueryLength} characters");
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in Facets)
        {
            var values = query[facet]
                .Select(v => (v ?? "").Trim())
                .Where(v => v.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (values.Count > 0)
            {
                filters[facet] = values;
            }
        }

        return new SearchRequest
        {
            Query = text,
            Filters = filters,
            YearFrom = ReadInt(query, "yearFrom", 0, 9999),
            YearTo = ReadInt(query, "yearTo", 0, 9999),
            ReviewDueBefore = ReadDate(query, "reviewBefore"),
            Sort = ReadSort(query["sort"].ToString()),
            Limit = ReadInt(query, "limit", 1, SearchRequest.MaxLimit) ?? SearchRequest.DefaultLimit,
            Offset = ReadInt(query, "offset", 0, 100_000) ?? 0,
            AllVersions = ReadVersions(query["versions"].ToString()),
        };
    }

    /// <summary>Only the words typed (cut to the longest accepted), for showing a search that could not run.</summary>
    public static SearchRequest Typed(IQueryCollection query)
    {
        var text = (query["q"].ToString() ?? "").Trim();
        return new SearchRequest { Query = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text };
    }

    /// <summary>The URL of the search page for this search.</summary>
    public static string ToUrl(SearchRequest search, string path = "/")
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(search.Query))
        {
            pairs.Add(new("q", search.Query));
        }

        foreach (var facet in Facets)
        {
            pairs.AddRange(search.Selected(facet).Select(v => new KeyValuePair<string, string?>(facet, v)));
        }

        AddIfSet(pairs, "yearFrom", search.YearFrom);
        AddIfSet(pairs, "yearTo", search.YearTo);
        if (search.ReviewDueBefore is { } before)
        {
            pairs.Add(new("reviewBefore", before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (search.Sort != SearchSort.Relevance)
        {
            pairs.Add(new("sort", search.Sort.ToString().ToLowerInvariant()));
        }

        if (search.Limit != SearchRequest.DefaultLimit)
        {
            pairs.Add(new("limit", search.Limit.ToString(CultureInfo.InvariantCulture)));
        }

        AddIfSet(pairs, "offset", search.Offset == 0 ? null : search.Offset);
        if (search.AllVersions)
        {
            pairs.Add(new("versions", "all"));
        }

        return pairs.Count == 0 ? path : QueryHelpers.AddQueryString(path, pairs);
    }

    private static void AddIfSet(List<KeyValuePair<string, string?>> pairs, string name, int? value)
    {
        if (value is not null)
        {
            pairs.Add(new(name, value.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static SearchSort ReadSort(string? value) => (value ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        "title" => SearchSort.Title,
        _ => throw new SearchQueryException("sort must be relevance, date or title"),
    };

    private static bool ReadVersions(string? value) => (value ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "current" => false,
        "all" => true,
        _ => throw new SearchQueryException("versions must be current or all"),
    };

    private static DateOnly? ReadDate(IQueryCollection query, string name)
    {
        var raw = query[name].ToString().Trim();
        if (raw.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new SearchQueryException($"{name} must be a date such as 2026-12-31");
    }

    private static int? ReadInt(IQueryCollection query, string name, int min, int max)
    {
        var raw = query[name].ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new SearchQueryException($"{name} must be a whole number from {min} to {max}");
        }

        return value;
    }
}
