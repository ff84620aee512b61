using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Common;

/// <summary>Reads a whole stream into memory, refusing more than a limit.</summary>
internal static class StreamBytes
{
    public static byte[] ReadAll(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > maxBytes)
            {
                throw new ExtractionException("too large to read into memory");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
