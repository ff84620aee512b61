using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>Writes documents as a spreadsheet CSV (see <see cref="SpreadsheetCsv"/>): one row per document, a column per facet.</summary>
internal static class CsvExport
{
    /// <summary>Writes the header and one row per document; <paramref name="relativePath"/> shows each document's path.</summary>
    public static Task WriteAsync(Stream output, IEnumerable<SearchHit> documents, Func<string, string> relativePath, CancellationToken cancellationToken) =>
        SpreadsheetCsv.WriteAsync(
            output,
            ExportColumns.Csv,
            documents.Select(hit => ExportColumns.Row(hit, relativePath(hit.Path), ExportColumns.Csv)),
            cancellationToken);
}
