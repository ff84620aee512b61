namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Byte classes of the PDF lexical grammar.</summary>
internal static class PdfBytes
{
    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
        or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Finds a byte sequence in data from start; -1 when absent.</summary>
    public static int IndexOf(byte[] data, ReadOnlySpan<byte> needle, int start, int end)
    {
        if (start < 0 || start >= end)
        {
            return -1;
        }

        var index = data.AsSpan(start, end - start).IndexOf(needle);
        return index < 0 ? -1 : start + index;
    }

    /// <summary>Finds the last occurrence of a byte sequence; -1 when absent.</summary>
    public static int LastIndexOf(byte[] data, ReadOnlySpan<byte> needle, int start, int end)
    {
        if (start < 0)
        {
            start = 0;
        }

        if (start >= end)
        {
            return -1;
        }

        var index = data.AsSpan(start, end - start).LastIndexOf(needle);
        return index < 0 ? -1 : start + index;
    }
}
