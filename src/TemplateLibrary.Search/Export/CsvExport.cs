using TemplateLibrary.Core.Csv;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>Writes documents as a CSV that Excel and LibreOffice Calc open as it is: UTF-8 with a byte order mark,
/// one row per document, a column per facet.</summary>
internal static class CsvExport
{
    /// <summary>Writes the header and one row per document; <paramref name="relativePath"/> shows each document's path.</summary>
    public static void Write(Stream output, IEnumerable<SearchHit> documents, Func<string, string> relativePath) =>
        CsvTable.Write(
            output,
            ExportColumns.Csv,
            documents.Select(hit => ExportColumns.Row(hit, relativePath(hit.Path), ExportColumns.Csv).Select(Inert).ToList()),
            byteOrderMark: true);

    // A spreadsheet runs a cell that starts with =, +, - or @ as a formula: a title such as "=HYPERLINK(…)" in an uploaded
    // file would otherwise become a live link. A leading apostrophe makes the spreadsheet show it as text.
    private static string Inert(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
