using System.Globalization;

namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>Maps glyph names to Unicode: the Adobe Glyph List, uniXXXX and uXXXX[XX] names, and a_b ligature names.</summary>
internal static class GlyphList
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    public static string? ToUnicode(string name)
    {
        if (Table.Value.TryGetValue(name, out var text))
        {
            return text;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
            var combined = string.Concat(parts.Select(part => ToUnicodeSingle(part) ?? string.Empty));
            return combined.Length > 0 ? combined : null;
        }

        return ToUnicodeSingle(name);
    }

    private static string? ToUnicodeSingle(string name)
    {
        if (Table.Value.TryGetValue(name, out var text))
        {
            return text;
        }

        if (name.Length >= 7 && name.StartsWith("uni", StringComparison.Ordinal) && (name.Length - 3) % 4 == 0)
        {
            var chars = new char[(name.Length - 3) / 4];
            for (var i = 0; i < chars.Length; i++)
            {
                if (!ushort.TryParse(name.AsSpan(3 + (i * 4), 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                {
                    return null;
                }

                chars[i] = (char)unit;
            }

            return new string(chars);
        }

        if (name.Length is >= 5 and <= 7 && name[0] == 'u'
            && int.TryParse(name.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            && codePoint is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
        {
            return char.ConvertFromUtf32(codePoint);
        }

        return null;
    }

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(4400, StringComparer.Ordinal);
        var tokens = GlyphListData.Pairs.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < tokens.Length; i += 2)
        {
            var codePoint = int.Parse(tokens[i + 1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            table[tokens[i]] = char.ConvertFromUtf32(codePoint);
        }

        // Ligatures read better for search as their letters.
        table["fi"] = "fi";
        table["fl"] = "fl";
        table["ff"] = "ff";
        table["ffi"] = "ffi";
        table["ffl"] = "ffl";
        return table;
    }
}
