using CsvHelper;

namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Reads a reference text of the shared evaluation set as words to compare with, whatever tool wrote it.</summary>
internal static class ReferenceText
{
    private const string SheetMarker = "=== Sheet: ";

    public static string Read(string format, string path)
    {
        var text = File.ReadAllText(path);
        return format == "xlsx" ? FromSheetCsv(text) : text;
    }

    /// <summary>
    /// The XLSX references are LibreOffice CSV exports joined under <c>=== Sheet: NAME ===</c> lines; their cells are
    /// compared, not the comma-joined lines (a CSV line is one whitespace-separated "word").
    /// </summary>
    private static string FromSheetCsv(string text)
    {
        var lines = new List<string>();
        var sheet = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(SheetMarker, StringComparison.Ordinal) && line.TrimEnd().EndsWith("===", StringComparison.Ordinal))
            {
                lines.AddRange(Cells(sheet));
                sheet.Clear();
                lines.Add(line.TrimEnd()[SheetMarker.Length..^3].Trim());
            }
            else
            {
                sheet.Add(line);
            }
        }

        lines.AddRange(Cells(sheet));
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Cells(List<string> csvLines)
    {
        using var csv = CsvReader.FromText(string.Join('\n', csvLines), new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string>();
        while (csv.Read())
        {
            rows.Add(string.Join('\t', csv.Current.ToArray()));
        }

        return rows;
    }
}
