using System.Globalization;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>The columns of the CSV export and of a bundle's manifest, and a document's value in each: facets with
/// several values are joined with "; ", which the manifest reader splits again.</summary>
internal static class ExportColumns
{
    private const string Separator = "; ";

    /// <summary>The CSV export's columns: the id, the manifest's columns, and the format.</summary>
    public static IReadOnlyList<string> Csv { get; } = ["id", .. ManifestReader.Columns, "format"];

    /// <summary>A bundle manifest's columns: exactly those the manifest reader reads.</summary>
    public static IReadOnlyList<string> Manifest => ManifestReader.Columns;

    /// <summary>The document's values in the columns, with <paramref name="path"/> in the path column.</summary>
    public static IReadOnlyList<string> Row(SearchHit hit, string path, IReadOnlyList<string> columns) =>
        [.. columns.Select(column => Value(hit, path, column))];

    private static string Value(SearchHit hit, string path, string column) => column switch
    {
        "id" => hit.Id,
        "path" => path,
        "title" => hit.Title,
        "category" => string.Join(Separator, hit.Categories),
        "model" => string.Join(Separator, hit.Models),
        "type" => string.Join(Separator, hit.Types),
        "councils" => string.Join(Separator, hit.Councils),
        "partners" => string.Join(Separator, hit.Partners),
        "year" => hit.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        "powers" => string.Join(Separator, hit.Powers),
        "summary" => hit.Summary ?? "",
        "format" => hit.Format,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not an export column"),
    };
}
