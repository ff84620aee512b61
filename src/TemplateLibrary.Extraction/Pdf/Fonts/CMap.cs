using System.Text;
using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>
/// A parsed CMap: codespace ranges (how bytes split into codes), code-to-Unicode entries (ToUnicode)
/// and code-to-CID entries (encoding CMaps).
/// </summary>
internal sealed class CMap
{
    private const int MaxRangeExpansion = 65536;
    private const int MaxEntries = 1_000_000;

    private readonly List<(int Length, byte[] Low, byte[] High)> codespaces = [];
    private readonly Dictionary<uint, string> unicode = [];
    private readonly Dictionary<uint, int> cids = [];
    private readonly List<(uint Low, uint High, int Cid)> cidRanges = [];

    public bool HasCodespaces => codespaces.Count > 0;

    public int UnicodeCount => unicode.Count;

    public bool HasCidMappings => cids.Count > 0 || cidRanges.Count > 0;

    /// <summary>The CMap this one extends by /usecmap, when named.</summary>
    public string? UseCMap { get; private set; }

    public static CMap Parse(byte[] data, CancellationToken cancellationToken)
    {
        var map = new CMap();
        map.Read(data, cancellationToken);
        return map;
    }

    public static CMap TwoByteIdentity()
    {
        var map = new CMap();
        map.codespaces.Add((2, [0, 0], [0xFF, 0xFF]));
        return map;
    }

    public void AddCodespace(int length, byte[] low, byte[] high) => codespaces.Add((length, low, high));

    /// <summary>Reads one code at <paramref name="position"/>; returns its length in bytes.</summary>
    public int NextCode(ReadOnlySpan<byte> bytes, int position, int defaultLength, out uint code)
    {
        var remaining = bytes.Length - position;
        if (codespaces.Count > 0)
        {
            for (var length = 1; length <= 4 && length <= remaining; length++)
            {
                foreach (var (rangeLength, low, high) in codespaces)
                {
                    if (rangeLength == length && Matches(bytes.Slice(position, length), low, high))
                    {
                        code = ReadCode(bytes.Slice(position, length));
                        return length;
                    }
                }
            }

            defaultLength = codespaces.Min(range => range.Length);
        }

        var take = Math.Clamp(defaultLength, 1, Math.Max(1, remaining));
        code = ReadCode(bytes.Slice(position, Math.Min(take, remaining)));
        return take;
    }

    public string? Lookup(uint code) => unicode.TryGetValue(code, out var text) ? text : null;

    public int? LookupCid(uint code)
    {
        if (cids.TryGetValue(code, out var cid))
        {
            return cid;
        }

        foreach (var (low, high, start) in cidRanges)
        {
            if (code >= low && code <= high)
            {
                return start + (int)(code - low);
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<byte> bytes, byte[] low, byte[] high)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < low[i] || bytes[i] > high[i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint ReadCode(ReadOnlySpan<byte> bytes)
    {
        uint code = 0;
        foreach (var b in bytes)
        {
            code = (code << 8) | b;
        }

        return code;
    }

    private void Read(byte[] data, CancellationToken cancellationToken)
    {
        var lexer = new PdfLexer(data, 16);
        var operands = new List<object?>();
        var steps = 0;
        while (true)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var value = lexer.ReadObject(allowReferences: false, out var endOfInput);
            if (endOfInput)
            {
                return;
            }

            if (value is not PdfOperator op)
            {
                operands.Add(value);
                if (operands.Count > 64)
                {
                    operands.RemoveAt(0);
                }

                continue;
            }

            switch (op.Name)
            {
                case "begincodespacerange":
                    ReadSection(lexer, "endcodespacerange", 2, AddCodespaceEntry);
                    break;
                case "beginbfchar":
                    ReadSection(lexer, "endbfchar", 2, AddBfChar);
                    break;
                case "beginbfrange":
                    ReadSection(lexer, "endbfrange", 3, AddBfRange);
                    break;
                case "begincidchar":
                    ReadSection(lexer, "endcidchar", 2, AddCidChar);
                    break;
                case "begincidrange":
                    ReadSection(lexer, "endcidrange", 3, AddCidRange);
                    break;
                case "usecmap" when operands.Count > 0 && operands[^1] is PdfName name:
                    UseCMap = name.Value;
                    break;
            }

            operands.Clear();
        }
    }

    private static void ReadSection(PdfLexer lexer, string endKeyword, int arity, Action<object?[]> add)
    {
        var group = new object?[arity];
        var filled = 0;
        while (true)
        {
            var value = lexer.ReadObject(allowReferences: false, out var endOfInput);
            if (endOfInput || (value is PdfOperator op && (op.Name == endKeyword || op.Name.StartsWith("end", StringComparison.Ordinal))))
            {
                return;
            }

            group[filled++] = value;
            if (filled == arity)
            {
                add(group);
                filled = 0;
            }
        }
    }

    private void AddCodespaceEntry(object?[] group)
    {
        if (group[0] is PdfString low && group[1] is PdfString high && low.Bytes.Length == high.Bytes.Length && low.Bytes.Length is >= 1 and <= 4)
        {
            codespaces.Add((low.Bytes.Length, low.Bytes, high.Bytes));
        }
    }

    private void AddBfChar(object?[] group)
    {
        if (group[0] is not PdfString source || unicode.Count >= MaxEntries)
        {
            return;
        }

        var text = group[1] switch
        {
            PdfString target => DecodeUtf16(target.Bytes),
            PdfName name => GlyphList.ToUnicode(name.Value),
            _ => null,
        };
        if (text is not null)
        {
            unicode[ReadCode(source.Bytes)] = text;
        }
    }

    private void AddBfRange(object?[] group)
    {
        if (group[0] is not PdfString lowString || group[1] is not PdfString highString)
        {
            return;
        }

        var low = ReadCode(lowString.Bytes);
        var high = ReadCode(highString.Bytes);
        if (high < low || high - low > MaxRangeExpansion || unicode.Count >= MaxEntries)
        {
            return;
        }

        switch (group[2])
        {
            case PdfString start:
                var bytes = start.Bytes;
                for (uint code = low; code <= high; code++)
                {
                    unicode[code] = DecodeUtf16(Increment(bytes, code - low));
                    if (code == uint.MaxValue)
                    {
                        break;
                    }
                }

                break;
            case List<object?> targets:
                for (var i = 0; i < targets.Count && low + (uint)i <= high; i++)
                {
                    if (targets[i] is PdfString target)
                    {
                        unicode[low + (uint)i] = DecodeUtf16(target.Bytes);
                    }
                }

                break;
        }
    }

    private void AddCidChar(object?[] group)
    {
        if (group[0] is PdfString source && group[1] is int cid)
        {
            cids[ReadCode(source.Bytes)] = cid;
        }
    }

    private void AddCidRange(object?[] group)
    {
        if (group[0] is PdfString low && group[1] is PdfString high && group[2] is int cid)
        {
            cidRanges.Add((ReadCode(low.Bytes), ReadCode(high.Bytes), cid));
        }
    }

    private static byte[] Increment(byte[] start, uint offset)
    {
        if (offset == 0 || start.Length == 0)
        {
            return start;
        }

        var result = (byte[])start.Clone();
        var carry = offset;
        for (var i = result.Length - 1; i >= 0 && carry > 0; i--)
        {
            var sum = result[i] + carry;
            result[i] = (byte)sum;
            carry = sum >> 8;
        }

        return result;
    }

    private static string DecodeUtf16(byte[] bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        return ToUnicodeRepair.SwappedLigature(bytes) ?? Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
    }
}
