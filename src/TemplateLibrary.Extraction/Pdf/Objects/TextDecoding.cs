using System.Text;
using TemplateLibrary.Extraction.Pdf.Fonts;

namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>Decodes PDF text strings (Info entries, ActualText): UTF-16 or UTF-8 with a BOM, else PDFDocEncoding.</summary>
internal static class TextDecoding
{
    public static string DecodeTextString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return StripEscapes(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return StripEscapes(Encoding.Unicode.GetString(bytes[2..]));
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        var table = StandardEncodings.PdfDoc;
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            var glyph = table[b];
            builder.Append(glyph is null ? (char)b : GlyphList.ToUnicode(glyph) ?? ((char)b).ToString());
        }

        return builder.ToString();
    }

    // UTF-16 text strings may carry a language escape: U+001B, language code, U+001B.
    private static string StripEscapes(string text)
    {
        var start = text.IndexOf('\u001b', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf('\u001b', start + 1);
            if (end < 0)
            {
                break;
            }

            text = text.Remove(start, end - start + 1);
            start = text.IndexOf('\u001b', StringComparison.Ordinal);
        }

        return text;
    }
}
