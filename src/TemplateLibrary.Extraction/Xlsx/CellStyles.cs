using System.Globalization;
using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Xlsx;

/// <summary>The number format kind of each cell style (styles.xml cellXfs), so serial dates read as dates.</summary>
internal sealed class CellStyles
{
    private readonly List<NumberFormatKind> kinds = [];

    public CellStyles(XElement? stylesheet)
    {
        if (stylesheet is null)
        {
            return;
        }

        var custom = new Dictionary<int, NumberFormatKind>();
        foreach (var format in Child(stylesheet, "numFmts")?.Elements().Where(e => e.Name.LocalName == "numFmt") ?? [])
        {
            if (int.TryParse(Attr(format, "numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                custom[id] = Classify(Attr(format, "formatCode") ?? string.Empty);
            }
        }

        foreach (var xf in Child(stylesheet, "cellXfs")?.Elements().Where(e => e.Name.LocalName == "xf") ?? [])
        {
            var id = int.TryParse(Attr(xf, "numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
            kinds.Add(custom.TryGetValue(id, out var kind) ? kind : BuiltIn(id));
        }
    }

    /// <summary>The kind for a cell's style index (its s attribute).</summary>
    public NumberFormatKind KindOf(int styleIndex) =>
        styleIndex >= 0 && styleIndex < kinds.Count ? kinds[styleIndex] : NumberFormatKind.General;

    /// <summary>Sorts a format code: date and time letters outside quotes, escapes and brackets, or a percent sign.</summary>
    internal static NumberFormatKind Classify(string code)
    {
        var section = code.Split(';')[0];
        bool hasDate = false, hasTime = false, hasPercent = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = char.ToLowerInvariant(section[i]);
            switch (c)
            {
                case '"':
                    i = section.IndexOf('"', i + 1) is var close and >= 0 ? close : section.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = section.IndexOf(']', i + 1);
                    var inside = end < 0 ? string.Empty : section[(i + 1)..end].ToLowerInvariant();
                    // Elapsed-time brackets ([h], [mm]) are times; colours and conditions are not.
                    hasTime |= inside is "h" or "hh" or "m" or "mm" or "s" or "ss";
                    i = end < 0 ? section.Length : end;
                    break;
                case 'y' or 'd':
                    hasDate = true;
                    break;
                case 'h' or 's':
                    hasTime = true;
                    break;
                case 'm':
                    // m is months beside a date and minutes beside h or s; alone it is a month.
                    hasDate |= !hasTime;
                    break;
                case '%':
                    hasPercent = true;
                    break;
                default:
                    break;
            }
        }

        return (hasDate, hasTime) switch
        {
            (true, true) => NumberFormatKind.DateTime,
            (true, false) => NumberFormatKind.Date,
            (false, true) => NumberFormatKind.Time,
            _ => hasPercent ? NumberFormatKind.Percent : NumberFormatKind.General,
        };
    }

    // The built-in format ids of ECMA-376 Part 1, 18.8.30.
    private static NumberFormatKind BuiltIn(int id) => id switch
    {
        9 or 10 => NumberFormatKind.Percent,
        >= 14 and <= 17 => NumberFormatKind.Date,
        >= 18 and <= 21 or 45 or 46 or 47 => NumberFormatKind.Time,
        22 => NumberFormatKind.DateTime,
        >= 27 and <= 36 or >= 50 and <= 58 => NumberFormatKind.Date,
        _ => NumberFormatKind.General,
    };

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Attr(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
}
