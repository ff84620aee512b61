using System.Globalization;
using System.Text;
using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>
/// Reads PDF objects from bytes: numbers, names, strings, arrays, dictionaries, references and keywords.
/// Used for the file body and for content streams alike; lenient about malformed input.
/// </summary>
internal sealed class PdfLexer(byte[] data, int start, int end, int maxDepth)
{
    private static readonly object ArrayEnd = new();
    private static readonly object DictionaryEnd = new();

    public PdfLexer(byte[] data, int maxDepth)
        : this(data, 0, data.Length, maxDepth)
    {
    }

    public byte[] Data { get; } = data;

    public int Position { get; set; } = start;

    public int End { get; } = end;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return Position >= End;
        }
    }

    public void SkipWhitespace()
    {
        var data = Data;
        while (Position < End)
        {
            var b = data[Position];
            if (PdfBytes.IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < End && data[Position] != '\n' && data[Position] != '\r')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads the next object; keywords come back as <see cref="PdfOperator"/>; null at the end.</summary>
    public object? ReadObject(bool allowReferences = true) => ReadObject(allowReferences, 0, out _);

    /// <summary>Reads the next object and says whether the input was exhausted.</summary>
    public object? ReadObject(bool allowReferences, out bool endOfInput) => ReadObject(allowReferences, 0, out endOfInput);

    private object? ReadObject(bool allowReferences, int depth, out bool endOfInput)
    {
        endOfInput = false;
        SkipWhitespace();
        if (Position >= End)
        {
            endOfInput = true;
            return null;
        }

        var data = Data;
        var b = data[Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'<':
                if (Position + 1 < End && data[Position + 1] == '<')
                {
                    Position += 2;
                    return ReadDictionary(allowReferences, depth);
                }

                return ReadHexString();
            case (byte)'>':
                Position++;
                if (Position < End && data[Position] == '>')
                {
                    Position++;
                    return DictionaryEnd;
                }

                return new PdfOperator(">");
            case (byte)'[':
                Position++;
                return ReadArray(allowReferences, depth);
            case (byte)']':
                Position++;
                return ArrayEnd;
            case (byte)'{' or (byte)'}' or (byte)')':
                Position++;
                return new PdfOperator(((char)b).ToString());
        }

        if (PdfBytes.IsDigit(b) || b is (byte)'-' or (byte)'+' or (byte)'.')
        {
            var number = ReadNumber();
            if (allowReferences && number is int objectNumber && objectNumber >= 0)
            {
                return TryReadReference(objectNumber) ?? number;
            }

            return number;
        }

        var keyword = ReadKeyword();
        return keyword switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => new PdfOperator(keyword),
        };
    }

    private object? TryReadReference(int objectNumber)
    {
        var saved = Position;
        var data = Data;
        SkipWhitespace();
        if (Position < End && PdfBytes.IsDigit(data[Position]))
        {
            var generationStart = Position;
            while (Position < End && PdfBytes.IsDigit(data[Position]))
            {
                Position++;
            }

            if (Position - generationStart <= 5)
            {
                var generation = int.Parse(data.AsSpan(generationStart, Position - generationStart), CultureInfo.InvariantCulture);
                SkipWhitespace();
                if (Position < End && data[Position] == 'R' && (Position + 1 >= End || !PdfBytes.IsRegular(data[Position + 1])))
                {
                    Position++;
                    return new PdfReference(objectNumber, generation);
                }
            }
        }

        Position = saved;
        return null;
    }

    private object ReadNumber()
    {
        var data = Data;
        var startPosition = Position;
        var negative = false;
        if (data[Position] is (byte)'-' or (byte)'+')
        {
            negative = data[Position] == '-';
            Position++;
            // Some producers write "--5"; skip repeated signs.
            while (Position < End && data[Position] is (byte)'-' or (byte)'+')
            {
                Position++;
            }
        }

        long integer = 0;
        var digits = 0;
        while (Position < End && PdfBytes.IsDigit(data[Position]))
        {
            if (integer < 100_000_000_000_000)
            {
                integer = (integer * 10) + (data[Position] - '0');
            }

            digits++;
            Position++;
        }

        if (Position < End && data[Position] == '.')
        {
            Position++;
            double fraction = 0;
            double scale = 1;
            while (Position < End && PdfBytes.IsDigit(data[Position]))
            {
                if (scale < 1e15)
                {
                    fraction = (fraction * 10) + (data[Position] - '0');
                    scale *= 10;
                }

                Position++;
            }

            // Skip junk such as a second point or an exponent some producers emit.
            while (Position < End && PdfBytes.IsRegular(data[Position]) && data[Position] != '-' && data[Position] != '+')
            {
                Position++;
            }

            var real = integer + (fraction / scale);
            return negative ? -real : real;
        }

        if (digits == 0)
        {
            // A lone sign or junk: consume the regular characters so the caller progresses.
            while (Position < End && PdfBytes.IsRegular(data[Position]))
            {
                Position++;
            }

            return 0;
        }

        var value = negative ? -integer : integer;
        return value is >= int.MinValue and <= int.MaxValue ? (object)(int)value : (double)value;
    }

    private string ReadKeyword()
    {
        var data = Data;
        var startPosition = Position;
        while (Position < End && PdfBytes.IsRegular(data[Position]))
        {
            Position++;
        }

        if (Position == startPosition)
        {
            Position++;
            return ((char)data[startPosition]).ToString();
        }

        return KeywordCache.Get(data.AsSpan(startPosition, Position - startPosition));
    }

    private PdfName ReadName()
    {
        var data = Data;
        Position++;
        var startPosition = Position;
        var hasEscape = false;
        while (Position < End && PdfBytes.IsRegular(data[Position]))
        {
            hasEscape |= data[Position] == '#';
            Position++;
        }

        var raw = data.AsSpan(startPosition, Position - startPosition);
        if (!hasEscape)
        {
            return NameCache.Get(raw);
        }

        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length + 0 && PdfBytes.HexValue(raw[i + 1]) >= 0 && PdfBytes.HexValue(raw[i + 2]) >= 0)
            {
                bytes.Add((byte)((PdfBytes.HexValue(raw[i + 1]) << 4) | PdfBytes.HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(raw[i]);
            }
        }

        return new PdfName(Encoding.Latin1.GetString(bytes.ToArray()));
    }

    private PdfString ReadLiteralString()
    {
        var position = Position;
        var result = PdfStringLexer.ReadLiteral(Data, ref position, End);
        Position = position;
        return result;
    }

    private PdfString ReadHexString()
    {
        var position = Position;
        var result = PdfStringLexer.ReadHex(Data, ref position, End);
        Position = position;
        return result;
    }

    private List<object?> ReadArray(bool allowReferences, int depth)
    {
        var items = new List<object?>();
        if (depth >= maxDepth)
        {
            SkipBalanced((byte)'[', (byte)']');
            return items;
        }

        while (true)
        {
            var item = ReadObject(allowReferences, depth + 1, out var endOfInput);
            if (endOfInput || ReferenceEquals(item, ArrayEnd))
            {
                return items;
            }

            if (ReferenceEquals(item, DictionaryEnd))
            {
                continue;
            }

            if (item is PdfOperator op && op.Name is "endobj" or "obj" or "stream" or "endstream" or "R")
            {
                // A damaged array: stop before the structural keyword.
                Position -= op.Name.Length;
                return items;
            }

            items.Add(item);
        }
    }

    private PdfDictionary ReadDictionary(bool allowReferences, int depth)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (depth >= maxDepth)
        {
            SkipBalanced((byte)'<', (byte)'>');
            return new PdfDictionary(entries);
        }

        while (true)
        {
            var key = ReadObject(allowReferences, depth + 1, out var endOfInput);
            if (endOfInput || ReferenceEquals(key, DictionaryEnd))
            {
                break;
            }

            if (key is PdfOperator op && op.Name is "endobj" or "obj" or "stream" or "endstream")
            {
                Position -= op.Name.Length;
                break;
            }

            if (key is not PdfName name)
            {
                continue;
            }

            var savedPosition = Position;
            var value = ReadObject(allowReferences, depth + 1, out endOfInput);
            if (ReferenceEquals(value, DictionaryEnd))
            {
                entries[name.Value] = null;
                break;
            }

            if (value is PdfOperator valueOp && valueOp.Name is "endobj" or "stream" or "endstream")
            {
                Position = savedPosition;
                break;
            }

            if (!ReferenceEquals(value, ArrayEnd))
            {
                entries[name.Value] = value;
            }

            if (endOfInput)
            {
                break;
            }
        }

        return new PdfDictionary(entries);
    }

    private void SkipBalanced(byte open, byte close)
    {
        var nesting = 1;
        while (Position < End && nesting > 0)
        {
            var b = Data[Position++];
            if (b == open)
            {
                nesting++;
            }
            else if (b == close)
            {
                nesting--;
            }
        }
    }
}
