namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>Decodes LZW data as PDF writes it (MSB-first codes, 9 to 12 bits, optional early change).</summary>
internal static class LzwFilter
{
    public static byte[] Decode(byte[] input, bool earlyChange, DecodeBudget budget, CancellationToken cancellationToken)
    {
        using var output = new GrowableBuffer(budget, input.Length * 3);
        var prefixes = new int[4096];
        var suffixes = new byte[4096];
        var lengths = new int[4096];
        for (var i = 0; i < 256; i++)
        {
            prefixes[i] = -1;
            suffixes[i] = (byte)i;
            lengths[i] = 1;
        }

        var stack = new byte[4096];
        var next = 258;
        var codeLength = 9;
        var previous = -1;
        var bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        var early = earlyChange ? 1 : 0;
        while (!output.Full)
        {
            while (bitCount < codeLength && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < codeLength)
            {
                break;
            }

            var code = (bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1);
            bitCount -= codeLength;
            if ((position & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (code == 256)
            {
                next = 258;
                codeLength = 9;
                previous = -1;
                continue;
            }

            if (code == 257)
            {
                break;
            }

            byte first;
            if (code < next)
            {
                first = Emit(code, prefixes, suffixes, stack, output);
            }
            else if (code == next && previous >= 0)
            {
                first = Emit(previous, prefixes, suffixes, stack, output);
                output.Add(first);
            }
            else
            {
                break;
            }

            if (previous >= 0 && next < 4096)
            {
                prefixes[next] = previous;
                suffixes[next] = code == next ? first : FirstByte(code, prefixes, suffixes);
                lengths[next] = lengths[previous] + 1;
                next++;
            }

            previous = code;
            if (next + early >= (1 << codeLength) && codeLength < 12)
            {
                codeLength++;
            }
        }

        return output.ToArray();
    }

    private static byte FirstByte(int code, int[] prefixes, byte[] suffixes)
    {
        while (prefixes[code] >= 0)
        {
            code = prefixes[code];
        }

        return suffixes[code];
    }

    private static byte Emit(int code, int[] prefixes, byte[] suffixes, byte[] stack, GrowableBuffer output)
    {
        var top = 0;
        while (code >= 0 && top < stack.Length)
        {
            stack[top++] = suffixes[code];
            code = prefixes[code];
        }

        var first = stack[top - 1];
        while (top > 0)
        {
            output.Add(stack[--top]);
        }

        return first;
    }
}
