using System.Buffers;
using System.Text;

namespace TemplateLibrary.Extraction.Common;

/// <summary>Finds the encoding of text bytes: BOM, then a declared charset, then valid UTF-8, else Windows-1252.</summary>
internal static class TextDecoding
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Decodes the bytes; invalid sequences become U+FFFD and NULs are dropped.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        var (bomEncoding, bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
        {
            return Finish(bomEncoding.GetString(bytes[bomLength..]), bomEncoding.WebName, 0);
        }

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return Finish(declared.GetString(bytes), declared.WebName, 0);
        }

        var (multiByte, invalid) = ScanUtf8(bytes);
        if (invalid == 0 || multiByte > invalid || declared is not null)
        {
            return Finish(Encoding.UTF8.GetString(bytes), "utf-8", invalid);
        }

        return Finish(Windows1252.GetString(bytes), Windows1252.WebName, 0);
    }

    /// <summary>The encoding a byte-order mark announces, and the mark's length.</summary>
    public static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>Finds an encoding by its label, mapping Latin-1 and ASCII to Windows-1252 as browsers do.</summary>
    public static Encoding? FromLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252")
        {
            return Windows1252;
        }

        if (name is "utf-8" or "utf8")
        {
            return Encoding.UTF8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (int MultiByte, int Invalid) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        var multiByte = 0;
        var invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                invalid++;
            }
            else if (consumed > 1)
            {
                multiByte++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (multiByte, invalid);
    }

    private static DecodedText Finish(string text, string encodingName, int invalid) =>
        new(text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text, encodingName, invalid);

    private static Encoding CreateWindows1252() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
