using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TemplateLibrary.Extraction.Tests.Pdf;

/// <summary>Writes small PDFs for tests, with correct offsets by default and deliberate damage on request.</summary>
internal sealed class TestPdfBuilder
{
    private readonly List<byte[]> objects = [];

    /// <summary>Reserves an object number so objects can refer to each other before they are written.</summary>
    public int Reserve()
    {
        objects.Add([]);
        return objects.Count;
    }

    public int Add(string body)
    {
        objects.Add(Encoding.Latin1.GetBytes(body));
        return objects.Count;
    }

    public void Set(int number, string body) => objects[number - 1] = Encoding.Latin1.GetBytes(body);

    public int AddStream(string dictionaryEntries, byte[] data, string? lengthOverride = null)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {lengthOverride ?? data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream");
        objects.Add([.. head, .. data, .. tail]);
        return objects.Count;
    }

    public int AddStream(string dictionaryEntries, string content) => AddStream(dictionaryEntries, Encoding.Latin1.GetBytes(content));

    public int AddFlateStream(string dictionaryEntries, string content) =>
        AddStream("/Filter /FlateDecode " + dictionaryEntries, Deflate(Encoding.Latin1.GetBytes(content)));

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Writes the file with a classic xref table; <paramref name="shiftOffsets"/> corrupts every offset.</summary>
    public byte[] Build(int root, int? info = null, int shiftOffsets = 0, bool omitXref = false)
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = WriteObjects(output);
        var xrefAt = output.Position;
        if (!omitXref)
        {
            Write(output, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                Write(output, $"{offset + shiftOffsets:D10} 00000 n \n");
            }
        }

        Write(output, $"trailer\n<< /Size {objects.Count + 1} /Root {root} 0 R{(info is null ? string.Empty : $" /Info {info} 0 R")} >>\n");
        Write(output, $"startxref\n{(omitXref ? 999999 : xrefAt)}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Writes the file with a cross-reference stream, optionally PNG-predicted.</summary>
    public byte[] BuildWithXrefStream(int root, bool predictor)
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        var offsets = WriteObjects(output);
        var xrefNumber = objects.Count + 1;
        var xrefAt = output.Position;
        var rows = new List<byte[]> { new byte[] { 0, 0, 0, 0, 0xFF, 0xFF } };
        rows.AddRange(offsets.Append(xrefAt).Select(offset => new byte[] { 1, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, 0 }));
        byte[] table;
        string parameters;
        if (predictor)
        {
            // PNG "Up" predictor, row by row.
            var previous = new byte[6];
            var encoded = new List<byte>();
            foreach (var row in rows)
            {
                encoded.Add(2);
                encoded.AddRange(row.Select((b, i) => (byte)(b - previous[i])));
                previous = row;
            }

            table = [.. encoded];
            parameters = " /DecodeParms << /Predictor 12 /Columns 6 >>";
        }
        else
        {
            table = [.. rows.SelectMany(r => r)];
            parameters = string.Empty;
        }

        var data = Deflate(table);
        Write(output, $"{xrefNumber} 0 obj\n<< /Type /XRef /Size {xrefNumber + 1} /W [1 4 1] /Root {root} 0 R /Filter /FlateDecode{parameters} /Length {data.Length} >>\nstream\n");
        output.Write(data);
        Write(output, $"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Appends an incremental update that replaces objects, chained to the previous xref with /Prev.</summary>
    public static byte[] AppendUpdate(byte[] original, int root, int size, IReadOnlyDictionary<int, string> replacements)
    {
        var text = Encoding.Latin1.GetString(original);
        var previousXref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0], CultureInfo.InvariantCulture);
        using var output = new MemoryStream();
        output.Write(original);
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in replacements)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xrefAt = output.Position;
        Write(output, "xref\n");
        foreach (var (number, offset) in offsets)
        {
            Write(output, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        Write(output, $"trailer\n<< /Size {size} /Root {root} 0 R /Prev {previousXref} >>\nstartxref\n{xrefAt}\n%%EOF\n");
        return output.ToArray();
    }

    private List<long> WriteObjects(MemoryStream output)
    {
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        return offsets;
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
