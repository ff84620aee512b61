using System.Text.RegularExpressions;

namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>
/// Names blanks (<c>[ ]</c>, <c>____</c>, unnamed content controls) after what a reader would call them: the label
/// before them, else the placeholder before them, else the table row and column, else the heading above.
/// </summary>
internal static partial class BlankNamer
{
    private const string Dash = " – ";

    /// <summary>Gives every unnamed blank of the block its name, in place.</summary>
    public static void NameBlanks(TemplateBlock block, List<Marker> markers)
    {
        for (var i = 0; i < markers.Count; i++)
        {
            var blank = markers[i];
            if (blank.Kind != MarkerKind.Blank || blank.Name.Length > 0)
            {
                continue;
            }

            markers[i] = blank with { Name = NameOf(block, markers, blank) };
        }
    }

    private static string NameOf(TemplateBlock block, List<Marker> markers, Marker blank)
    {
        var text = block.Text;
        var previous = markers.Where(m => m.End <= blank.Start && !m.Contains(blank)).OrderBy(m => m.End).LastOrDefault();
        var label = Clean(text[(previous?.End ?? 0)..blank.Start]);
        if (LetterCount(label) >= 2)
        {
            return label;
        }

        if (previous is { Kind: not MarkerKind.Blank })
        {
            var before = markers.Where(m => m.End <= previous.Start && !m.Contains(previous)).OrderBy(m => m.End).LastOrDefault();
            var joined = Clean(text[(before?.End ?? 0)..previous.Start] + previous.Name + text[previous.End..blank.Start]);
            if (LetterCount(joined) >= 2)
            {
                return blank.Symbol is null ? joined : joined + " " + blank.Symbol;
            }
        }

        if (block.Table is { } table && TableName(table) is { Length: > 0 } tableName)
        {
            return tableName;
        }

        return block.Heading is { } heading && Numbering().Replace(heading, "").Trim() is { Length: > 0 } title ? title : "blank";
    }

    private static string TableName(TableCellContext table)
    {
        var row = table.IsFirstColumn ? "" : MarkerScanner.Collapse(table.RowLabel);
        var column = table.IsHeaderRow ? "" : MarkerScanner.Collapse(table.ColumnHeader);
        var rowIsPlaceholder = row.StartsWith('[') && row.EndsWith(']');
        if (!row.Any(char.IsLetterOrDigit))
        {
            row = "";
        }

        if (!column.Any(char.IsLetterOrDigit))
        {
            column = "";
        }

        if (row.Length > 0 && column.Length > 0)
        {
            return table.ColumnCount > 2 || rowIsPlaceholder ? row + Dash + column : row;
        }

        return row.Length > 0 ? row : column;
    }

    /// <summary>The label part of the text before a blank: after the last sentence end, colon or closing bracket that has words after it.</summary>
    private static string Clean(string before)
    {
        var text = before[(before.LastIndexOf('\n') + 1)..];
        var cut = 0;
        foreach (Match m in LabelStart().Matches(text))
        {
            cut = m.Index + m.Length;
        }

        return MarkerScanner.Collapse(text[cut..]).Trim(TrimmedPunctuation);
    }

    private static readonly char[] TrimmedPunctuation = [' ', ':', ';', ',', '.', '(', '/', '–', '—', '-', '£', '$', '€', '*', '•', '·', '|', '\t', '\u00A0'];

    private static int LetterCount(string value) => value.Count(char.IsLetter);

    // A sentence end before a capital, or a colon or closing bracket with words after it.
    [GeneratedRegex(@"[.?!]\s+(?=[A-Z0-9])|:(?=\s*\S)|\)(?=[^)]*\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"^\s*\d+(\.\d+)*\.?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
