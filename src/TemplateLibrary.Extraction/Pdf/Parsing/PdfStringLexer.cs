using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Reads literal "(…)" strings with their escapes and hex "&lt;…&gt;" strings.</summary>
internal static class PdfStringLexer
{
    public static PdfString ReadLiteral(byte[] data, ref int position, int end)
    {
        position++;
        var output = new List<byte>();
        var nesting = 1;
        while (position < end)
        {
            var b = data[position++];
            switch (b)
            {
                case (byte)'(':
                    nesting++;
                    output.Add(b);
                    break;
                case (byte)')':
                    nesting--;
                    if (nesting == 0)
                    {
                        return new PdfString(output.ToArray());
                    }

                    output.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape(data, ref position, end, output);
                    break;
                case (byte)'\r':
                    // An end-of-line in a string is read as a single newline.
                    output.Add((byte)'\n');
                    if (position < end && data[position] == '\n')
                    {
                        position++;
                    }

                    break;
                default:
                    output.Add(b);
                    break;
            }
        }

        return new PdfString(output.ToArray());
    }

    private static void ReadEscape(byte[] data, ref int position, int end, List<byte> output)
    {
        if (position >= end)
        {
            return;
        }

        var c = data[position++];
        switch (c)
        {
            case (byte)'n': output.Add((byte)'\n'); break;
            case (byte)'r': output.Add((byte)'\r'); break;
            case (byte)'t': output.Add((byte)'\t'); break;
            case (byte)'b': output.Add(8); break;
            case (byte)'f': output.Add(12); break;
            case (byte)'\r':
                if (position < end && data[position] == '\n')
                {
                    position++;
                }

                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = c - '0';
                for (var i = 0; i < 2 && position < end && data[position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = (value * 8) + (data[position++] - '0');
                }

                output.Add((byte)value);
                break;
            default:
                output.Add(c);
                break;
        }
    }

    public static PdfString ReadHex(byte[] data, ref int position, int end)
    {
        position++;
        var output = new List<byte>();
        var high = -1;
        while (position < end)
        {
            var b = data[position++];
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

        return new PdfString(output.ToArray());
    }
}
