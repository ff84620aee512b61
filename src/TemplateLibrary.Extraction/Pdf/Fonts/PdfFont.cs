namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>
/// A font as text extraction needs it: how string bytes split into codes, the Unicode text of
/// each code, and each code's advance width in text space units per unit of font size.
/// </summary>
internal sealed class PdfFont
{
    private readonly Dictionary<uint, string?> textCache = [];

    public required string Name { get; init; }

    /// <summary>For composite fonts: the encoding CMap that splits bytes into codes; null for one-byte fonts.</summary>
    public CMap? CodeMap { get; init; }

    public CMap? ToUnicode { get; init; }

    /// <summary>For simple fonts: the Unicode text of each byte code from the encoding and glyph names.</summary>
    public string?[]? SimpleText { get; init; }

    /// <summary>For simple fonts: the width of each byte code.</summary>
    public double[]? SimpleWidths { get; init; }

    /// <summary>For composite fonts: the width of each CID.</summary>
    public Dictionary<int, double>? CidWidths { get; init; }

    public double DefaultWidth { get; init; } = 0.5;

    /// <summary>Composite fonts whose codes are themselves UTF-16 (the predefined Uni…-UCS2 CMaps).</summary>
    public bool CodesAreUnicode { get; init; }

    public bool IdentityCids { get; init; } = true;

    public bool Vertical { get; init; }

    /// <summary>Type3 fonts measure glyphs in their own matrix; its vertical scale sizes the glyphs.</summary>
    public double HeightScale { get; init; } = 1;

    public bool IsComposite => CodeMap is not null;

    public int NextCode(ReadOnlySpan<byte> bytes, int position, out uint code)
    {
        if (CodeMap is null)
        {
            code = bytes[position];
            return 1;
        }

        return CodeMap.NextCode(bytes, position, 2, out code);
    }

    public string? GetText(uint code)
    {
        if (textCache.TryGetValue(code, out var cached))
        {
            return cached;
        }

        var text = ComputeText(code);
        if (textCache.Count < 65536)
        {
            textCache[code] = text;
        }

        return text;
    }

    public double GetWidth(uint code)
    {
        if (CodeMap is null)
        {
            return SimpleWidths is not null && code < 256 ? SimpleWidths[code] : DefaultWidth;
        }

        var cid = IdentityCids ? (int)code : CodeMap.LookupCid(code) ?? (int)code;
        return CidWidths is not null && CidWidths.TryGetValue(cid, out var width) ? width : DefaultWidth;
    }

    private string? ComputeText(uint code)
    {
        var text = ToUnicode?.Lookup(code);
        if (!string.IsNullOrEmpty(text) && !IsJunk(text))
        {
            return text;
        }

        if (CodeMap is null)
        {
            return SimpleText is not null && code < 256 ? SimpleText[code] : null;
        }

        if (CodesAreUnicode)
        {
            return code <= 0xFFFF ? ((char)code).ToString() : null;
        }

        return null;
    }

    // A ToUnicode entry of only NULs or private-use characters says nothing; prefer the encoding.
    private static bool IsJunk(string text) => text.All(c => c == '\0');
}
