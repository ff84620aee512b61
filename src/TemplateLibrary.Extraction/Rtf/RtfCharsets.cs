using System.Text;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Rtf;

/// <summary>Maps RTF font charsets (\fcharsetN) and code pages (\ansicpgN, \cpgN) to encodings.</summary>
internal static class RtfCharsets
{
    public const int DefaultCodePage = 1252;
    public const int SymbolCharset = 2;

    /// <summary>The Windows code page of a font charset, or null for the document default.</summary>
    public static int? CodePageOf(int charset) => charset switch
    {
        0 => 1252,
        77 => 10000,
        128 => 932,
        129 => 949,
        130 => 1361,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        254 or 255 => 437,
        _ => null,
    };

    /// <summary>The encoding of a code page; unknown pages fall back to Windows-1252.</summary>
    public static Encoding EncodingOf(int codePage)
    {
        if (codePage == 65001)
        {
            return Encoding.UTF8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage)
                ?? (codePage == DefaultCodePage ? TextDecoding.FromLabel("windows-1252")! : EncodingOf(DefaultCodePage));
        }
        catch (ArgumentException)
        {
            return EncodingOf(DefaultCodePage);
        }
    }
}
