using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>The text-armour filters ASCIIHexDecode and ASCII85Decode, and RunLengthDecode.</summary>
internal static class AsciiFilters
{
    public static byte[] DecodeHex(byte[] input, DecodeBudget budget)
    {
        using var output = new GrowableBuffer(budget, input.Length / 2);
        var high = -1;
        foreach (var b in input)
        {
            if (b == '>')
            {
                break;
            }

            var value = PdfBytes.HexValue(b);
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.Add((byte)((high << 4) | value));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        return output.ToArray();
    }

    public static byte[] DecodeAscii85(byte[] input, DecodeBudget budget)
    {
        using var output = new GrowableBuffer(budget, input.Length);
        Span<byte> group = stackalloc byte[4];
        uint value = 0;
        var count = 0;
        var start = 0;
        if (input.Length >= 2 && input[0] == '<' && input[1] == '~')
        {
            start = 2;
        }

        for (var i = start; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '~')
            {
                break;
            }

            if (b == 'z' && count == 0)
            {
                output.Add([0, 0, 0, 0]);
                continue;
            }

            if (b < '!' || b > 'u')
            {
                continue;
            }

            value = unchecked((value * 85) + (uint)(b - '!'));
            count++;
            if (count == 5)
            {
                WriteGroup(value, group, 4, output);
                value = 0;
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var i = count; i < 5; i++)
            {
                value = unchecked((value * 85) + 84);
            }

            WriteGroup(value, group, count - 1, output);
        }

        return output.ToArray();
    }

    public static byte[] DecodeRunLength(byte[] input, DecodeBudget budget)
    {
        using var output = new GrowableBuffer(budget, input.Length * 2);
        var i = 0;
        while (i < input.Length && !output.Full)
        {
            var length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, input.Length - i);
                output.Add(input.AsSpan(i, count));
                i += count;
            }
            else if (i < input.Length)
            {
                var value = input[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.Add(value);
                }
            }
        }

        return output.ToArray();
    }

    private static void WriteGroup(uint value, Span<byte> group, int count, GrowableBuffer output)
    {
        group[0] = (byte)(value >> 24);
        group[1] = (byte)(value >> 16);
        group[2] = (byte)(value >> 8);
        group[3] = (byte)value;
        output.Add(group[..count]);
    }
}
