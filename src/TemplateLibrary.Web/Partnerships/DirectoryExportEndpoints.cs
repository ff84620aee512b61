using System.Globalization;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>Maps /api/partnerships/export: every arrangement the directory's filters match (the same parameters as
/// /partnerships, its page ignored) as a spreadsheet CSV or JSON.</summary>
internal static class DirectoryExportEndpoints
{
    /// <summary>The route.</summary>
    public const string Path = "/api/partnerships/export";

    /// <summary>Adds the route.</summary>
    public static void MapDirectoryExport(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (string? format, HttpRequest request, LibraryIndex index) =>
        {
            var chosen = DirectoryExport.Check(ExportFormats.Parse(format ?? "csv"));
            var export = DirectoryExport.Of(index.Partnerships, PartnershipParameters.Read(request.Query));
            return Results.Stream(
                body => export.WriteAsync(chosen, body, request.HttpContext.RequestAborted),
                ExportFormats.ContentType(chosen),
                "partnerships." + ExportFormats.Extension(chosen));
        });

    /// <summary>The URL of a CSV export of the arrangements the query matches.</summary>
    public static string UrlFor(PartnershipQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<(string Name, string Value)> { ("format", "csv") };
        if (query.Text is { Length: > 0 } text)
        {
            parameters.Add(("q", text));
        }

        parameters.AddRange(PartnershipFacets.All.SelectMany(f => PartnershipParameters.Selected(query, f).Select(v => (f, v))));
        if (query.Council is { Length: > 0 } council)
        {
            parameters.Add(("council", council));
        }

        if (query.YearFrom is { } from)
        {
            parameters.Add(("year-from", from.ToString(CultureInfo.InvariantCulture)));
        }

        if (query.YearTo is { } to)
        {
            parameters.Add(("year-to", to.ToString(CultureInfo.InvariantCulture)));
        }

        return Path + "?" + string.Join('&', parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));
    }
}
