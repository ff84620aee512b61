using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>
/// Reads the cross-reference sections from startxref back through /Prev and /XRefStm, newest entries winning.
/// Throws <see cref="FormatException"/> when the chain cannot be read, so the caller can fall back to a scan.
/// </summary>
internal sealed class XrefReader(byte[] data, int maxDepth, CancellationToken cancellationToken)
{
    private const int MaxSections = 512;

    public Dictionary<int, XrefEntry> Entries { get; } = [];

    public PdfDictionary? Trailer { get; private set; }

    public void Read()
    {
        var startXref = FindStartXref();
        var pending = new Stack<long>();
        var visited = new HashSet<long>();
        var offset = startXref;
        var sections = 0;
        while (offset >= 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!visited.Add(offset) || ++sections > MaxSections)
            {
                break;
            }

            var sectionTrailer = ReadSection(offset);
            Trailer ??= sectionTrailer;
            MergeMissing(Trailer, sectionTrailer);

            // A hybrid file's /XRefStm entries take precedence over the same section's table.
            if (PdfValues.TryGetNumber(sectionTrailer["XRefStm"], out var xrefStm) && visited.Add((long)xrefStm))
            {
                ReadSection((long)xrefStm, overwrite: true);
            }

            offset = PdfValues.TryGetNumber(sectionTrailer["Prev"], out var prev) ? (long)prev : -1;
            if (offset < 0 && pending.Count > 0)
            {
                offset = pending.Pop();
            }
        }

        if (Trailer is null || Entries.Count == 0)
        {
            throw new FormatException("no cross-reference entries");
        }
    }

    private static void MergeMissing(PdfDictionary target, PdfDictionary source)
    {
        if (ReferenceEquals(target, source))
        {
            return;
        }

        foreach (var (key, value) in source.Entries)
        {
            if (!target.ContainsKey(key) && key is "Root" or "Info" or "Encrypt" or "ID")
            {
                target[key] = value;
            }
        }
    }

    private long FindStartXref()
    {
        var index = PdfBytes.LastIndexOf(data, "startxref"u8, Math.Max(0, data.Length - 4096), data.Length);
        if (index < 0)
        {
            index = PdfBytes.LastIndexOf(data, "startxref"u8, 0, data.Length);
        }

        if (index < 0)
        {
            throw new FormatException("no startxref");
        }

        var lexer = new PdfLexer(data, index + 9, data.Length, maxDepth);
        var value = lexer.ReadObject(allowReferences: false);
        if (!PdfValues.TryGetNumber(value, out var offset) || offset < 0 || offset >= data.Length)
        {
            throw new FormatException("bad startxref");
        }

        return (long)offset;
    }

    private PdfDictionary ReadSection(long offset, bool overwrite = false)
    {
        if (offset < 0 || offset >= data.Length)
        {
            throw new FormatException("xref offset outside the file");
        }

        var lexer = new PdfLexer(data, (int)offset, data.Length, maxDepth);
        lexer.SkipWhitespace();
        if (lexer.Position + 4 <= data.Length && data.AsSpan(lexer.Position, 4).SequenceEqual("xref"u8))
        {
            lexer.Position += 4;
            return ReadTable(lexer, overwrite);
        }

        return ReadStreamSection(lexer, overwrite);
    }

    private PdfDictionary ReadTable(PdfLexer lexer, bool overwrite)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = lexer.ReadObject(allowReferences: false);
            if (first is PdfOperator { Name: "trailer" })
            {
                return lexer.ReadObject() as PdfDictionary ?? throw new FormatException("bad trailer");
            }

            var count = lexer.ReadObject(allowReferences: false);
            if (first is not int start || count is not int entryCount || start < 0 || entryCount < 0)
            {
                throw new FormatException("bad xref subsection");
            }

            lexer.SkipWhitespace();
            for (var i = 0; i < entryCount; i++)
            {
                lexer.SkipWhitespace();
                var position = lexer.Position;
                if (position + 18 > data.Length)
                {
                    throw new FormatException("truncated xref table");
                }

                var fields = new PdfLexer(data, position, Math.Min(data.Length, position + 40), maxDepth);
                var entryOffset = fields.ReadObject(allowReferences: false);
                var generation = fields.ReadObject(allowReferences: false);
                var kind = fields.ReadObject(allowReferences: false) as PdfOperator;
                if (!PdfValues.TryGetNumber(entryOffset, out var off) || kind is null)
                {
                    throw new FormatException("bad xref entry");
                }

                lexer.Position = fields.Position;
                var number = start + i;
                if (kind.Name == "n" && off > 0 && (overwrite || !Entries.ContainsKey(number)))
                {
                    Entries[number] = XrefEntry.AtOffset((long)off, PdfValues.ToInt(generation));
                }
                else if (kind.Name == "f" && !Entries.ContainsKey(number))
                {
                    Entries[number] = XrefEntry.AtOffset(-1, 0);
                }
            }
        }
    }

    private PdfDictionary ReadStreamSection(PdfLexer lexer, bool overwrite)
    {
        var number = lexer.ReadObject(allowReferences: false);
        var generation = lexer.ReadObject(allowReferences: false);
        var keyword = lexer.ReadObject(allowReferences: false);
        if (number is not int || generation is not int || keyword is not PdfOperator { Name: "obj" })
        {
            throw new FormatException("xref offset does not point at an object");
        }

        var dictionary = lexer.ReadObject() as PdfDictionary ?? throw new FormatException("bad xref stream");
        var stream = StreamReading.ReadStreamBody(data, lexer, dictionary, null)
            ?? throw new FormatException("xref stream without data");
        var decoded = Filters.FilterPipeline.Decode(stream, long.MaxValue / 2, cancellationToken);
        var widths = dictionary["W"] as List<object?>;
        if (widths is null || widths.Count < 3)
        {
            throw new FormatException("xref stream without /W");
        }

        var w0 = PdfValues.ToInt(widths[0]);
        var w1 = PdfValues.ToInt(widths[1]);
        var w2 = PdfValues.ToInt(widths[2]);
        var rowLength = w0 + w1 + w2;
        if (rowLength <= 0 || w0 < 0 || w1 < 0 || w2 < 0 || w1 > 8 || w0 > 4 || w2 > 8)
        {
            throw new FormatException("bad xref stream /W");
        }

        var index = dictionary["Index"] as List<object?> ?? [0, PdfValues.ToInt(dictionary["Size"])];
        var row = 0;
        for (var pair = 0; pair + 1 < index.Count; pair += 2)
        {
            var first = PdfValues.ToInt(index[pair]);
            var count = PdfValues.ToInt(index[pair + 1]);
            for (var i = 0; i < count && (row + 1) * rowLength <= decoded.Length; i++, row++)
            {
                var span = decoded.AsSpan(row * rowLength, rowLength);
                var type = w0 == 0 ? 1 : ReadField(span[..w0]);
                var field2 = ReadField(span.Slice(w0, w1));
                var field3 = ReadField(span.Slice(w0 + w1, w2));
                var objectNumber = first + i;
                if (objectNumber < 0 || (!overwrite && Entries.ContainsKey(objectNumber)))
                {
                    continue;
                }

                switch (type)
                {
                    case 0:
                        Entries[objectNumber] = XrefEntry.AtOffset(-1, 0);
                        break;
                    case 1:
                        Entries[objectNumber] = XrefEntry.AtOffset(field2, (int)field3);
                        break;
                    case 2:
                        Entries[objectNumber] = XrefEntry.InStream((int)field2, (int)field3);
                        break;
                }
            }
        }

        return dictionary;
    }

    private static long ReadField(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
