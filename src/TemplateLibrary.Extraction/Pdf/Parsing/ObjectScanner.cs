using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>
/// Rebuilds the object table by scanning the whole file for "n g obj" headers and trailers,
/// for files whose cross-reference data is missing or wrong. Later definitions win, like updates.
/// </summary>
internal static class ObjectScanner
{
    public static Dictionary<int, XrefEntry> Scan(byte[] data, CancellationToken cancellationToken, List<PdfDictionary> trailers, int maxDepth)
    {
        var entries = new Dictionary<int, XrefEntry>();
        var position = 0;
        while (true)
        {
            var index = PdfBytes.IndexOf(data, "obj"u8, position, data.Length);
            if (index < 0)
            {
                break;
            }

            if ((index & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            position = index + 3;
            if (index + 3 < data.Length && PdfBytes.IsRegular(data[index + 3]))
            {
                continue;
            }

            if (TryReadHeader(data, index, out var start, out var number, out var generation))
            {
                entries[number] = XrefEntry.AtOffset(start, generation);
            }
        }

        position = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = PdfBytes.IndexOf(data, "trailer"u8, position, data.Length);
            if (index < 0)
            {
                break;
            }

            position = index + 7;
            var lexer = new PdfLexer(data, position, data.Length, maxDepth);
            if (lexer.ReadObject() is PdfDictionary trailer)
            {
                trailers.Add(trailer);
            }
        }

        return entries;
    }

    // Walks back from "obj" over whitespace, the generation, whitespace and the object number.
    private static bool TryReadHeader(byte[] data, int objIndex, out int start, out int number, out int generation)
    {
        start = 0;
        number = 0;
        generation = 0;
        var i = objIndex - 1;
        if (!SkipBackWhitespace(data, ref i) || !ReadBackNumber(data, ref i, out generation))
        {
            return false;
        }

        if (!SkipBackWhitespace(data, ref i) || !ReadBackNumber(data, ref i, out number))
        {
            return false;
        }

        start = i + 1;
        return number > 0 && (i < 0 || !PdfBytes.IsRegular(data[i]) || data[i] == 'j');
    }

    private static bool SkipBackWhitespace(byte[] data, ref int i)
    {
        var begin = i;
        while (i >= 0 && PdfBytes.IsWhitespace(data[i]))
        {
            i--;
        }

        return i < begin && i >= 0;
    }

    private static bool ReadBackNumber(byte[] data, ref int i, out int value)
    {
        value = 0;
        var multiplier = 1;
        var digits = 0;
        while (i >= 0 && PdfBytes.IsDigit(data[i]) && digits < 10)
        {
            value += (data[i] - '0') * multiplier;
            multiplier *= 10;
            digits++;
            i--;
        }

        return digits > 0 && value >= 0;
    }
}
