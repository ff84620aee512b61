namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>
/// Reads the built-in encoding of a bare CFF font program (FontFile3 /Type1C): code to glyph name,
/// through the font's charset and string index. Returns null for anything unexpected.
/// </summary>
internal static class CffEncodingReader
{
    private const int StandardStringCount = 391;

    public static string?[]? Read(byte[] cff)
    {
        try
        {
            return ReadUnchecked(cff);
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string?[]? ReadUnchecked(byte[] cff)
    {
        if (cff.Length < 4 || cff[0] != 1)
        {
            return null;
        }

        var position = (int)cff[2];
        var (_, afterNames) = ReadIndex(cff, position);
        var (topDicts, afterTop) = ReadIndex(cff, afterNames);
        var (strings, _) = ReadIndex(cff, afterTop);
        if (topDicts.Count == 0)
        {
            return null;
        }

        var top = ReadDict(cff, topDicts[0].Start, topDicts[0].End);
        if (top.ContainsKey(1230))
        {
            // A CID-keyed font has no code-to-name encoding.
            return null;
        }

        var encodingOffset = top.TryGetValue(16, out var enc) ? enc : 0;
        var charsetOffset = top.TryGetValue(15, out var cs) ? cs : 0;
        if (encodingOffset == 0)
        {
            return StandardEncodings.Standard;
        }

        if (encodingOffset == 1 || !top.TryGetValue(17, out var charStringsOffset))
        {
            return null;
        }

        var (charStrings, _) = ReadIndex(cff, charStringsOffset);
        var glyphNames = ReadCharset(cff, charsetOffset, charStrings.Count, strings);
        var table = new string?[256];
        var at = encodingOffset;
        var format = cff[at++];
        switch (format & 0x7F)
        {
            case 0:
                var codeCount = cff[at++];
                for (var gid = 1; gid <= codeCount; gid++)
                {
                    table[cff[at++]] = gid < glyphNames.Length ? glyphNames[gid] : null;
                }

                break;
            case 1:
                var rangeCount = cff[at++];
                var nextGid = 1;
                for (var r = 0; r < rangeCount; r++)
                {
                    int first = cff[at++];
                    int left = cff[at++];
                    for (var code = first; code <= first + left && code < 256; code++, nextGid++)
                    {
                        table[code] = nextGid < glyphNames.Length ? glyphNames[nextGid] : null;
                    }
                }

                break;
            default:
                return null;
        }

        if ((format & 0x80) != 0)
        {
            var supplements = cff[at++];
            for (var s = 0; s < supplements; s++)
            {
                var code = cff[at];
                var sid = (cff[at + 1] << 8) | cff[at + 2];
                at += 3;
                table[code] = Name(sid, strings, cff);
            }
        }

        return table;
    }

    private static string?[] ReadCharset(byte[] cff, int offset, int glyphCount, List<(int Start, int End)> strings)
    {
        var names = new string?[Math.Max(glyphCount, 1)];
        names[0] = ".notdef";
        if (offset <= 2)
        {
            // The predefined ISOAdobe charset: glyph i is string i.
            for (var gid = 1; gid < glyphCount; gid++)
            {
                names[gid] = offset == 0 ? CffStandardStrings.Get(gid) : null;
            }

            return names;
        }

        var at = offset;
        var format = cff[at++];
        var gidNext = 1;
        while (gidNext < glyphCount)
        {
            if (format == 0)
            {
                names[gidNext++] = Name((cff[at] << 8) | cff[at + 1], strings, cff);
                at += 2;
                continue;
            }

            var first = (cff[at] << 8) | cff[at + 1];
            var left = format == 1 ? cff[at + 2] : (cff[at + 2] << 8) | cff[at + 3];
            at += format == 1 ? 3 : 4;
            for (var i = 0; i <= left && gidNext < glyphCount; i++)
            {
                names[gidNext++] = Name(first + i, strings, cff);
            }
        }

        return names;
    }

    private static string? Name(int sid, List<(int Start, int End)> strings, byte[] cff)
    {
        if (sid < StandardStringCount)
        {
            return CffStandardStrings.Get(sid);
        }

        var index = sid - StandardStringCount;
        return index < strings.Count ? System.Text.Encoding.Latin1.GetString(cff, strings[index].Start, strings[index].End - strings[index].Start) : null;
    }

    private static (List<(int Start, int End)> Items, int Next) ReadIndex(byte[] cff, int position)
    {
        var count = (cff[position] << 8) | cff[position + 1];
        if (count == 0)
        {
            return ([], position + 2);
        }

        var offSize = cff[position + 2];
        var offsetsStart = position + 3;
        var dataStart = offsetsStart + ((count + 1) * offSize) - 1;
        var items = new List<(int, int)>(count);
        int ReadOffset(int i)
        {
            var value = 0;
            for (var k = 0; k < offSize; k++)
            {
                value = (value << 8) | cff[offsetsStart + (i * offSize) + k];
            }

            return value;
        }

        for (var i = 0; i < count; i++)
        {
            items.Add((dataStart + ReadOffset(i), dataStart + ReadOffset(i + 1)));
        }

        return (items, dataStart + ReadOffset(count));
    }

    // Only integer operands matter here (offsets); reals are skipped.
    private static Dictionary<int, int> ReadDict(byte[] cff, int start, int end)
    {
        var result = new Dictionary<int, int>();
        var operands = new List<int>();
        var at = start;
        while (at < end)
        {
            int b0 = cff[at++];
            if (b0 <= 21)
            {
                var op = b0 == 12 ? 1200 + cff[at++] : b0;
                if (operands.Count > 0)
                {
                    result[op] = operands[^1];
                }
                else
                {
                    result[op] = 0;
                }

                operands.Clear();
            }
            else if (b0 == 28)
            {
                operands.Add((short)((cff[at] << 8) | cff[at + 1]));
                at += 2;
            }
            else if (b0 == 29)
            {
                operands.Add((cff[at] << 24) | (cff[at + 1] << 16) | (cff[at + 2] << 8) | cff[at + 3]);
                at += 4;
            }
            else if (b0 == 30)
            {
                while (at < end && (cff[at] & 0x0F) != 0x0F && (cff[at] & 0xF0) != 0xF0)
                {
                    at++;
                }

                at++;
                operands.Add(0);
            }
            else if (b0 is >= 32 and <= 246)
            {
                operands.Add(b0 - 139);
            }
            else if (b0 is >= 247 and <= 250)
            {
                operands.Add(((b0 - 247) * 256) + cff[at++] + 108);
            }
            else if (b0 is >= 251 and <= 254)
            {
                operands.Add((-(b0 - 251) * 256) - cff[at++] - 108);
            }
        }

        return result;
    }
}
