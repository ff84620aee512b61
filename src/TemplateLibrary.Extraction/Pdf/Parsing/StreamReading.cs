using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Reads the bytes after the "stream" keyword, trusting /Length only when "endstream" follows it.</summary>
internal static class StreamReading
{
    /// <summary>Returns the stream when the lexer stands at "stream"; null otherwise (the lexer is restored).</summary>
    public static PdfStream? ReadStreamBody(byte[] data, PdfLexer lexer, PdfDictionary dictionary, Func<object?, object?>? resolve)
    {
        var saved = lexer.Position;
        lexer.SkipWhitespace();
        if (lexer.Position + 6 > data.Length || !data.AsSpan(lexer.Position, 6).SequenceEqual("stream"u8))
        {
            lexer.Position = saved;
            return null;
        }

        var start = lexer.Position + 6;
        if (start < data.Length && data[start] == '\r')
        {
            start++;
        }

        if (start < data.Length && data[start] == '\n')
        {
            start++;
        }

        var lengthValue = dictionary["Length"];
        if (lengthValue is PdfReference && resolve is not null)
        {
            lengthValue = resolve(lengthValue);
        }

        var length = PdfValues.ToInt(lengthValue, -1);
        int end;
        if (length >= 0 && (long)start + length <= data.Length && EndstreamFollows(data, start + length))
        {
            end = start + length;
        }
        else
        {
            end = FindEndstream(data, start);
        }

        lexer.Position = Math.Min(data.Length, end);
        var body = data.AsSpan(start, end - start).ToArray();
        SkipEndstream(data, lexer);
        return new PdfStream(dictionary, body);
    }

    private static bool EndstreamFollows(byte[] data, int position)
    {
        var limit = Math.Min(data.Length, position + 32);
        while (position < limit && PdfBytes.IsWhitespace(data[position]))
        {
            position++;
        }

        return position + 9 <= data.Length && data.AsSpan(position, 9).SequenceEqual("endstream"u8);
    }

    private static int FindEndstream(byte[] data, int start)
    {
        var index = PdfBytes.IndexOf(data, "endstream"u8, start, data.Length);
        if (index < 0)
        {
            var endobj = PdfBytes.IndexOf(data, "endobj"u8, start, data.Length);
            return endobj < 0 ? data.Length : endobj;
        }

        // Drop the end-of-line that precedes the keyword.
        var end = index;
        if (end > start && data[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && data[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    private static void SkipEndstream(byte[] data, PdfLexer lexer)
    {
        lexer.SkipWhitespace();
        if (lexer.Position + 9 <= data.Length && data.AsSpan(lexer.Position, 9).SequenceEqual("endstream"u8))
        {
            lexer.Position += 9;
        }
    }
}
