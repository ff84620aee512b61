namespace TemplateLibrary.Extraction.Pdf.Encryption;

/// <summary>The RC4 stream cipher, which the BCL does not provide; PDF still uses it for revisions 2 to 4.</summary>
internal static class Rc4
{
    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> input)
    {
        Span<byte> state = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }

        var j = 0;
        for (var i = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
        }

        var output = new byte[input.Length];
        var x = 0;
        var y = 0;
        for (var k = 0; k < input.Length; k++)
        {
            x = (x + 1) & 0xFF;
            y = (y + state[x]) & 0xFF;
            (state[x], state[y]) = (state[y], state[x]);
            output[k] = (byte)(input[k] ^ state[(state[x] + state[y]) & 0xFF]);
        }

        return output;
    }
}
