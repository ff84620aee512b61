using System.Globalization;
using Microsoft.Extensions.Primitives;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>The directory's query string: q, category, model, region, partners, status (repeatable), council, year-from,
/// year-to, page. The page and /api/partnerships read it alike.</summary>
internal static class PartnershipParameters
{
    /// <summary>The directory page's address.</summary>
    public const string Path = "/partnerships";

    /// <summary>Arrangements a page shows.</summary>
    public const int PageSize = 25;

    /// <summary>The query a request's parameters describe; unreadable numbers are ignored.</summary>
    public static PartnershipQuery Read(IQueryCollection query)
    {
        var page = Number(query["page"]) is { } p && p > 1 ? p : 1;
        return new PartnershipQuery
        {
            Text = query["q"].ToString().Trim(),
            Categories = Values(query["category"]),
            Models = Values(query["model"]),
            Regions = Values(query["region"]),
            Partners = Values(query["partners"]),
            Statuses = Values(query["status"]),
            Council = query["council"].ToString() is { Length: > 0 } council ? council : null,
            YearFrom = Number(query["year-from"]),
            YearTo = Number(query["year-to"]),
            Limit = PageSize,
            Offset = (page - 1) * PageSize,
        };
    }

    /// <summary>The value a facet filters on in the query.</summary>
    public static IReadOnlyList<string> Selected(PartnershipQuery query, string facet) => facet switch
    {
        PartnershipFacets.Category => query.Categories,
        PartnershipFacets.Model => query.Models,
        PartnershipFacets.Region => query.Regions,
        PartnershipFacets.Partners => query.Partners,
        PartnershipFacets.Status => query.Statuses,
        _ => [],
    };

    /// <summary>The address of the directory filtered on one facet value (what the map and council pages link to).</summary>
    public static string Url(string facet, string value) => Path + "?" + facet + "=" + Uri.EscapeDataString(value);

    /// <summary>A council's page.</summary>
    public static string CouncilUrl(string name) => "/councils/" + Uri.EscapeDataString(name);

    /// <summary>An arrangement's page.</summary>
    public static string ArrangementUrl(string id) => Path + "/" + Uri.EscapeDataString(id);

    private static List<string> Values(StringValues values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];

    private static int? Number(StringValues value) =>
        int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
