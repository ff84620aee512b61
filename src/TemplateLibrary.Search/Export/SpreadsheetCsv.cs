using TemplateLibrary.Core.Csv;

namespace TemplateLibrary.Search.Export;

/// <summary>Writes a table as a CSV that Excel and LibreOffice Calc open as it is: UTF-8 with a byte order mark, and no
/// cell a spreadsheet would run as a formula.</summary>
internal static class SpreadsheetCsv
{
    /// <summary>Writes the header and the rows.</summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        CsvTable.Write(output, header, rows.Select(row => (IReadOnlyList<string>)[.. row.Select(Inert)]), byteOrderMark: true);

    /// <summary>Writes the table in memory and copies it out without blocking: a web response takes no synchronous writes.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        Write(buffer, header, rows);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    // A spreadsheet runs a cell that starts with =, +, - or @ as a formula: a title such as "=HYPERLINK(…)" in an uploaded
    // file would otherwise become a live link. A leading apostrophe makes the spreadsheet show it as text.
    private static string Inert(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
