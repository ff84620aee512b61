using System.Globalization;
using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Docx;

/// <summary>Turns list numbering (numbering.xml) into line prefixes: "- " for bullets, "3. " for numbers.</summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<string, string> abstractIdByNumId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, (string Format, int Start)>> levelsByAbstractId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> counters = new(StringComparer.Ordinal);

    public DocxNumbering(XElement? numberingRoot)
    {
        if (numberingRoot is null)
        {
            return;
        }

        foreach (var abstractNum in WordXml.Children(numberingRoot, "abstractNum"))
        {
            var id = WordXml.Attr(abstractNum, "abstractNumId");
            if (id is null)
            {
                continue;
            }

            var levels = new Dictionary<int, (string, int)>();
            foreach (var level in WordXml.Children(abstractNum, "lvl"))
            {
                var ilvl = DocxStyles.ParseLevel(WordXml.Attr(level, "ilvl"));
                var start = int.TryParse(WordXml.ChildVal(level, "start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
                levels[ilvl] = (WordXml.ChildVal(level, "numFmt") ?? "decimal", start);
            }

            levelsByAbstractId.TryAdd(id, levels);
        }

        foreach (var num in WordXml.Children(numberingRoot, "num"))
        {
            var numId = WordXml.Attr(num, "numId");
            var abstractId = WordXml.ChildVal(num, "abstractNumId");
            if (numId is not null && abstractId is not null)
            {
                abstractIdByNumId.TryAdd(numId, abstractId);
            }
        }
    }

    /// <summary>The prefix for the next item of a list at a level, advancing its counter.</summary>
    public string NextPrefix(string? numId, int level)
    {
        if (numId is null || numId == "0")
        {
            return string.Empty;
        }

        var (format, start) = abstractIdByNumId.TryGetValue(numId, out var abstractId)
            && levelsByAbstractId.TryGetValue(abstractId, out var levels)
            && levels.TryGetValue(level, out var found)
                ? found
                : ("bullet", 1);

        if (!counters.TryGetValue(numId, out var counts))
        {
            counts = new int[9];
            counters[numId] = counts;
        }

        counts[level] = counts[level] == 0 ? start : counts[level] + 1;
        for (var deeper = level + 1; deeper < counts.Length; deeper++)
        {
            counts[deeper] = 0;
        }

        var indent = new string(' ', level * 2);
        var n = counts[level];
        return format switch
        {
            "bullet" => indent + "- ",
            "none" => indent,
            "lowerLetter" => indent + Letter(n).ToLowerInvariant() + ". ",
            "upperLetter" => indent + Letter(n) + ". ",
            "lowerRoman" => indent + Roman(n).ToLowerInvariant() + ". ",
            "upperRoman" => indent + Roman(n) + ". ",
            _ => indent + n.ToString(CultureInfo.InvariantCulture) + ". ",
        };
    }

    private static string Letter(int n) => n < 1 ? "A" : new string((char)('A' + ((n - 1) % 26)), ((n - 1) / 26) + 1);

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var values = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                result.Append(symbols[i]);
                n -= values[i];
            }
        }

        return result.ToString();
    }
}
