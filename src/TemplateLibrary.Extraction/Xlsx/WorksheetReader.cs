using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Extraction.Office;

namespace TemplateLibrary.Extraction.Xlsx;

/// <summary>Streams a worksheet's sheetData into rows of cell texts, keeping empty cells' places by their references.</summary>
internal sealed class WorksheetReader
{
    /// <summary>Cells beyond this column are dropped: no real sheet is wider (XFD is 16,384).</summary>
    private const int MaxColumns = 16_384;
    private readonly OfficePartReader parts;
    private readonly CellValueFormatter formatter;
    private readonly IReadOnlyList<string> sharedStrings;

    public WorksheetReader(OfficePartReader parts, CellValueFormatter formatter, IReadOnlyList<string> sharedStrings)
    {
        this.parts = parts;
        this.formatter = formatter;
        this.sharedStrings = sharedStrings;
    }

    /// <summary>Calls <paramref name="onRow"/> with each non-empty row, its cells tab-separated.</summary>
    public void Read(WorksheetPart part, Action<string> onRow)
    {
        parts.Stream(part, reader =>
        {
            var row = new List<string>();
            var value = new StringBuilder();
            string? cellType = null;
            var cellStyle = 0;
            var column = -1;
            var inCell = false;
            var capture = false;
            var phonetic = 0;
            var rows = 0;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        parts.CheckDepth(reader, part);
                        var empty = reader.IsEmptyElement;
                        switch (reader.LocalName)
                        {
                            case "row":
                                row.Clear();
                                column = -1;
                                if (empty)
                                {
                                    continue;
                                }

                                break;
                            case "c":
                                column = ColumnOf(reader.GetAttribute("r"), column + 1);
                                cellType = reader.GetAttribute("t");
                                cellStyle = int.TryParse(reader.GetAttribute("s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
                                value.Clear();
                                inCell = !empty;
                                break;
                            case "rPh" when !empty:
                                phonetic++;
                                break;
                            case "v" or "t" when inCell && !empty:
                                capture = phonetic == 0;
                                break;
                            default:
                                break;
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when capture:
                        value.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement:
                        switch (reader.LocalName)
                        {
                            case "v" or "t":
                                capture = false;
                                break;
                            case "rPh":
                                phonetic--;
                                break;
                            case "c" when inCell:
                                inCell = false;
                                if (value.Length > 0 && column < MaxColumns)
                                {
                                    Place(row, column, Clean(formatter.Format(cellType, cellStyle, value.ToString(), sharedStrings)));
                                }

                                break;
                            case "row":
                                if (row.Any(c => c.Length > 0))
                                {
                                    onRow(string.Join('\t', row).TrimEnd('\t'));
                                }

                                if ((++rows & 0xFF) == 0)
                                {
                                    parts.Context.CancellationToken.ThrowIfCancellationRequested();
                                }

                                break;
                            default:
                                break;
                        }

                        break;
                    default:
                        break;
                }
            }
        });
    }

    private static void Place(List<string> row, int column, string text)
    {
        while (row.Count <= column)
        {
            row.Add(string.Empty);
        }

        row[column] = text;
    }

    /// <summary>Cell text on one line: tabs and line breaks inside a cell become spaces.</summary>
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? text.Trim() : string.Join(' ', text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The zero-based column of a reference like "AB12"; <paramref name="next"/> when it has none.</summary>
    internal static int ColumnOf(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return next;
            }
        }

        return letters == 0 ? next : column - 1;
    }
}
