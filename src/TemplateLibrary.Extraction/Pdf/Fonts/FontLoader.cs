using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>Builds a <see cref="PdfFont"/> from a font dictionary: simple (Type1, TrueType, Type3) and composite (Type0) fonts.</summary>
internal sealed class FontLoader(PdfFile file, CancellationToken cancellationToken)
{
    public PdfFont Load(PdfDictionary font)
    {
        var subtype = font.GetName("Subtype");
        var baseFont = file.Resolve(font["BaseFont"]) is PdfName name ? name.Value : string.Empty;
        var toUnicode = LoadCMap(font["ToUnicode"]);
        return subtype == "Type0" ? LoadComposite(font, baseFont, toUnicode) : LoadSimple(font, subtype, baseFont, toUnicode);
    }

    private CMap? LoadCMap(object? value)
    {
        if (file.Resolve(value) is not PdfStream stream)
        {
            return null;
        }

        var cmap = CMap.Parse(file.DecodeStream(stream), cancellationToken);
        return cmap;
    }

    private PdfFont LoadSimple(PdfDictionary font, string? subtype, string baseFont, CMap? toUnicode)
    {
        var descriptor = file.ResolveDictionary(font["FontDescriptor"]);
        var flags = PdfValues.ToInt(file.Resolve(descriptor?["Flags"]));
        var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
        var names = BuildEncoding(font, subtype, baseFont, descriptor, symbolic);
        var text = new string?[256];
        var dingbats = IsDingbats(baseFont) && font["Encoding"] is null;
        for (var code = 0; code < 256; code++)
        {
            if (dingbats)
            {
                text[code] = DingbatsUnicode.Map(code);
                continue;
            }

            var glyph = names[code];
            text[code] = glyph is null ? null : GlyphList.ToUnicode(glyph);
            if (text[code] is null && (glyph is null || LooksLikeCodeName(glyph)))
            {
                text[code] = FallbackText(code, glyph, allow: true);
            }
        }

        var widths = BuildWidths(font, subtype, baseFont, descriptor, names, out var defaultWidth);
        var heightScale = subtype == "Type3" ? Type3HeightScale(font, names, widths) : 1.0;
        return new PdfFont
        {
            Name = baseFont,
            ToUnicode = toUnicode,
            SimpleText = text,
            SimpleWidths = widths,
            DefaultWidth = defaultWidth,
            HeightScale = heightScale <= 0 || heightScale > 1000 ? 1 : heightScale,
        };
    }

    // A Type 3 font's glyph space is unknown without rendering: guess the em from the width of "m" (about 0.6 em),
    // else of any letter or glyph (about 0.5 em), in the manner of poppler.
    private double Type3HeightScale(PdfDictionary font, string?[] names, double[] widths)
    {
        double Find(Func<string, bool> match)
        {
            for (var code = 0; code < 256; code++)
            {
                if (names[code] is { } name && match(name) && widths[code] > 0)
                {
                    return widths[code];
                }
            }

            return 0;
        }

        var m = Find(name => name == "m");
        var estimate = m > 0 ? m / 0.6 : Find(name => name.Length == 1 && char.IsAsciiLetter(name[0])) / 0.5;
        if (estimate <= 0)
        {
            estimate = widths.FirstOrDefault(w => w > 0) / 0.5;
        }

        if (file.ResolveArray(font["FontMatrix"]) is { Count: 6 } matrix)
        {
            var a = PdfValues.ToDouble(file.Resolve(matrix[0]));
            var d = PdfValues.ToDouble(file.Resolve(matrix[3]));
            if (a != 0)
            {
                estimate *= Math.Abs(d / a);
            }
        }

        return estimate is > 0 and < 1000 ? estimate : 1;
    }

    private static bool IsDingbats(string baseFont)
    {
        var stripped = baseFont.Length > 7 && baseFont[6] == '+' ? baseFont[7..] : baseFont;
        return stripped.StartsWith("ZapfDingbats", StringComparison.Ordinal) || stripped.StartsWith("Dingbats", StringComparison.Ordinal);
    }

    private static bool LooksLikeCodeName(string glyph) => NumericCode(glyph) is not null;

    // Names such as "g32", "c65" or "a45": some producers name glyphs after their decimal codes.
    private static int? NumericCode(string glyph)
    {
        var letters = 0;
        while (letters < glyph.Length && letters < 3 && char.IsAsciiLetter(glyph[letters]))
        {
            letters++;
        }

        var digits = glyph.Length - letters;
        if (digits is < 1 or > 3 || !glyph.Skip(letters).All(char.IsAsciiDigit))
        {
            return null;
        }

        var value = int.Parse(glyph.AsSpan(letters), System.Globalization.CultureInfo.InvariantCulture);
        return value is >= 32 and < 256 ? value : null;
    }

    private static string? FallbackText(int code, string? glyph, bool allow)
    {
        var numeric = glyph is null ? null : NumericCode(glyph);
        var value = numeric ?? code;
        if (!allow && numeric is null)
        {
            return null;
        }

        if (value is >= 32 and < 127)
        {
            return ((char)value).ToString();
        }

        return value is >= 160 and < 256 && StandardEncodings.WinAnsi[value] is { } name ? GlyphList.ToUnicode(name) : null;
    }

    private string?[] BuildEncoding(PdfDictionary font, string? subtype, string baseFont, PdfDictionary? descriptor, bool symbolic)
    {
        var encoding = file.Resolve(font["Encoding"]);
        string?[]? baseTable = null;
        PdfDictionary? encodingDictionary = null;
        switch (encoding)
        {
            case PdfName name:
                baseTable = StandardEncodings.ByName(name.Value);
                break;
            case PdfDictionary dictionary:
                encodingDictionary = dictionary;
                baseTable = StandardEncodings.ByName(file.Resolve(dictionary["BaseEncoding"]) is PdfName baseName ? baseName.Value : null);
                break;
        }

        var stripped = baseFont.Length > 7 && baseFont[6] == '+' ? baseFont[7..] : baseFont;
        if (baseTable is null)
        {
            if (stripped.StartsWith("Symbol", StringComparison.Ordinal))
            {
                baseTable = StandardEncodings.Symbol;
            }
            else if (stripped.StartsWith("ZapfDingbats", StringComparison.Ordinal))
            {
                baseTable = StandardEncodings.ZapfDingbats;
            }
            else if (subtype is "Type1" or "MMType1" && file.Resolve(descriptor?["FontFile"]) is PdfStream program)
            {
                baseTable = Type1EncodingReader.Read(file.DecodeStream(program), PdfValues.ToInt(file.Resolve(program.Dictionary["Length1"])));
            }
            else if (subtype is "Type1" or "MMType1" && file.Resolve(descriptor?["FontFile3"]) is PdfStream compact
                && compact.Dictionary.GetName("Subtype") == "Type1C")
            {
                baseTable = CffEncodingReader.Read(file.DecodeStream(compact));
            }

            // A TrueType font without /Encoding is drawn through its own cmap, which is close to WinAnsi for text.
            baseTable ??= subtype == "TrueType" ? StandardEncodings.WinAnsi : StandardEncodings.Standard;
        }

        var names = (string?[])baseTable.Clone();
        if (subtype == "Type3" && encodingDictionary is not null && encodingDictionary["BaseEncoding"] is null)
        {
            Array.Clear(names);
        }

        if (file.ResolveArray(encodingDictionary?["Differences"]) is { } differences)
        {
            var code = 0;
            foreach (var item in differences)
            {
                switch (file.Resolve(item))
                {
                    case int start:
                        code = start;
                        break;
                    case PdfName glyph:
                        if (code is >= 0 and < 256)
                        {
                            names[code] = glyph.Value == ".notdef" ? null : glyph.Value;
                        }

                        code++;
                        break;
                }
            }
        }

        return names;
    }

    private double[] BuildWidths(PdfDictionary font, string? subtype, string baseFont, PdfDictionary? descriptor, string?[] names, out double defaultWidth)
    {
        var scale = 0.001;
        if (subtype == "Type3" && file.ResolveArray(font["FontMatrix"]) is { Count: 6 } matrix)
        {
            scale = PdfValues.ToDouble(file.Resolve(matrix[0]), 0.001);
            if (scale <= 0 || scale > 1)
            {
                scale = 0.001;
            }
        }

        var missing = PdfValues.ToDouble(file.Resolve(descriptor?["MissingWidth"]), 0) * scale;
        var widths = new double[256];
        var standard = StandardFontMetrics.Find(baseFont);
        var average = standard is not null && standard.TryGetValue("n", out var n) ? n * 0.001 : 0.5;
        defaultWidth = missing > 0 ? missing : average;
        for (var code = 0; code < 256; code++)
        {
            widths[code] = names[code] is { } glyph && standard is not null && standard.TryGetValue(glyph, out var standardWidth)
                ? standardWidth * 0.001
                : defaultWidth;
        }

        if (file.ResolveArray(font["Widths"]) is { Count: > 0 } list)
        {
            var first = PdfValues.ToInt(file.Resolve(font["FirstChar"]));
            var sum = 0.0;
            var count = 0;
            for (var i = 0; i < list.Count; i++)
            {
                var code = first + i;
                if (code is < 0 or > 255)
                {
                    continue;
                }

                var width = PdfValues.ToDouble(file.Resolve(list[i])) * scale;
                widths[code] = width;
                if (width > 0)
                {
                    sum += width;
                    count++;
                }
            }

            if (count > 0 && missing <= 0)
            {
                defaultWidth = sum / count;
            }
        }

        return widths;
    }

    private PdfFont LoadComposite(PdfDictionary font, string baseFont, CMap? toUnicode)
    {
        var descendants = file.ResolveArray(font["DescendantFonts"]);
        var cidFont = descendants is { Count: > 0 } ? file.ResolveDictionary(descendants[0]) : null;
        var encoding = file.Resolve(font["Encoding"]);
        CMap codeMap;
        var codesAreUnicode = false;
        var identity = true;
        var vertical = false;
        switch (encoding)
        {
            case PdfName name:
                vertical = name.Value.EndsWith("-V", StringComparison.Ordinal);
                codesAreUnicode = name.Value.Contains("UCS2", StringComparison.Ordinal) || name.Value.Contains("UTF16", StringComparison.Ordinal);
                codeMap = CMap.TwoByteIdentity();
                identity = name.Value.StartsWith("Identity", StringComparison.Ordinal);
                break;
            case PdfStream stream:
                codeMap = CMap.Parse(file.DecodeStream(stream), cancellationToken);
                if (!codeMap.HasCodespaces)
                {
                    codeMap.AddCodespace(2, [0, 0], [0xFF, 0xFF]);
                }

                identity = !codeMap.HasCidMappings;
                vertical = PdfValues.ToInt(file.Resolve(stream.Dictionary["WMode"])) == 1;
                break;
            default:
                codeMap = CMap.TwoByteIdentity();
                break;
        }

        var widths = new Dictionary<int, double>();
        var defaultWidth = PdfValues.ToDouble(file.Resolve(cidFont?["DW"]), 1000) * 0.001;
        if (file.ResolveArray(cidFont?["W"]) is { } list)
        {
            ReadCidWidths(list, widths);
        }

        return new PdfFont
        {
            Name = baseFont,
            CodeMap = codeMap,
            ToUnicode = toUnicode,
            CidWidths = widths,
            DefaultWidth = defaultWidth,
            CodesAreUnicode = codesAreUnicode,
            IdentityCids = identity,
            Vertical = vertical,
        };
    }

    private void ReadCidWidths(List<object?> list, Dictionary<int, double> widths)
    {
        var i = 0;
        while (i + 1 < list.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = PdfValues.ToInt(file.Resolve(list[i]));
            var second = file.Resolve(list[i + 1]);
            if (second is List<object?> run)
            {
                for (var k = 0; k < run.Count && widths.Count < 1_000_000; k++)
                {
                    widths[first + k] = PdfValues.ToDouble(file.Resolve(run[k])) * 0.001;
                }

                i += 2;
            }
            else if (i + 2 < list.Count)
            {
                var last = PdfValues.ToInt(second);
                var width = PdfValues.ToDouble(file.Resolve(list[i + 2])) * 0.001;
                for (var cid = first; cid <= last && cid - first < 65536; cid++)
                {
                    widths[cid] = width;
                }

                i += 3;
            }
            else
            {
                break;
            }
        }
    }
}
