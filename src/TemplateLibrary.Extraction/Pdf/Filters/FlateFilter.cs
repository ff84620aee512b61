using System.Buffers;
using System.IO.Compression;

namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>Inflates zlib data, keeping whatever decoded before a corrupt or truncated tail.</summary>
internal static class FlateFilter
{
    public static byte[] Decode(byte[] input, DecodeBudget budget, CancellationToken cancellationToken)
    {
        var start = 0;
        // Skip the two-byte zlib header when present; some producers write raw deflate data.
        if (input.Length >= 2 && (input[0] & 0x0F) == 8 && ((input[0] << 8) | input[1]) % 31 == 0)
        {
            start = 2;
        }

        using var output = new GrowableBuffer(budget, input.Length * 4);
        var chunk = ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            using var source = new MemoryStream(input, start, input.Length - start, writable: false);
            using var inflater = new DeflateStream(source, CompressionMode.Decompress);
            while (!output.Full)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int read;
                try
                {
                    read = inflater.Read(chunk, 0, chunk.Length);
                }
                catch (InvalidDataException)
                {
                    break;
                }

                if (read <= 0)
                {
                    break;
                }

                output.Add(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return output.ToArray();
    }
}
