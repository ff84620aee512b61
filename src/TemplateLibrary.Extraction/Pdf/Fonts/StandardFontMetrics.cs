using System.Globalization;

namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>Glyph widths of the standard 14 fonts, for simple fonts that omit /Widths.</summary>
internal static class StandardFontMetrics
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, int>>> Fonts = new(Load);

    /// <summary>The widths for a base font name, matching common aliases (Arial, TimesNewRoman, CourierNew).</summary>
    public static Dictionary<string, int>? Find(string? baseFont)
    {
        if (string.IsNullOrEmpty(baseFont))
        {
            return null;
        }

        var plus = baseFont.IndexOf('+', StringComparison.Ordinal);
        if (plus == 6)
        {
            baseFont = baseFont[(plus + 1)..];
        }

        if (Fonts.Value.TryGetValue(baseFont, out var direct))
        {
            return direct;
        }

        var name = baseFont.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var bold = name.Contains("BOLD", StringComparison.Ordinal) || name.Contains("BLACK", StringComparison.Ordinal);
        var italic = name.Contains("ITALIC", StringComparison.Ordinal) || name.Contains("OBLIQUE", StringComparison.Ordinal);
        string family;
        if (name.Contains("COURIER", StringComparison.Ordinal) || name.Contains("MONO", StringComparison.Ordinal))
        {
            family = "Courier";
        }
        else if (name.Contains("SYMBOL", StringComparison.Ordinal))
        {
            return Fonts.Value["Symbol"];
        }
        else if (name.Contains("DINGBATS", StringComparison.Ordinal))
        {
            return Fonts.Value["ZapfDingbats"];
        }
        else if (name.Contains("TIMES", StringComparison.Ordinal) || name.Contains("ROMAN", StringComparison.Ordinal) || name.Contains("SERIF", StringComparison.Ordinal) && !name.Contains("SANS", StringComparison.Ordinal))
        {
            family = "Times";
        }
        else
        {
            family = "Helvetica";
        }

        var key = family switch
        {
            "Times" => bold && italic ? "Times-BoldItalic" : bold ? "Times-Bold" : italic ? "Times-Italic" : "Times-Roman",
            _ => family + (bold && italic ? "-BoldOblique" : bold ? "-Bold" : italic ? "-Oblique" : string.Empty),
        };
        return Fonts.Value.GetValueOrDefault(key);
    }

    public static bool IsStandardName(string? baseFont) => baseFont is not null && Fonts.Value.ContainsKey(baseFont);

    private static Dictionary<string, Dictionary<string, int>> Load()
    {
        var fonts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in StandardMetricsData.Widths.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var widths = new Dictionary<string, int>(parts.Length, StringComparer.Ordinal);
            foreach (var pair in parts.Skip(1))
            {
                var colon = pair.LastIndexOf(':');
                widths[pair[..colon]] = int.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            }

            fonts[parts[0]] = widths;
        }

        return fonts;
    }
}
