using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Ocr;

namespace TemplateLibrary.Extraction.Pdf;

/// <summary>Reads the text, per-page text and metadata of a PDF with the built-in managed reader.</summary>
public static class PdfTextExtractor
{
    /// <summary>Extracts a PDF; throws <see cref="ExtractionException"/> with a reason a librarian understands.</summary>
    public static ExtractedDocument Extract(Stream content, ExtractionLimits limits, CancellationToken cancellationToken) =>
        Extract(content, limits, null, cancellationToken);

    /// <summary>Extracts a PDF, OCRing scanned pages with <paramref name="ocr"/> when it is given.</summary>
    internal static ExtractedDocument Extract(Stream content, ExtractionLimits limits, TesseractOcr? ocr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var data = ReadAll(content, limits.MaxFileBytes);
        try
        {
            return PdfDocumentReader.Read(data, limits, cancellationToken, ocr);
        }
        catch (Exception exception) when (exception is not ExtractionException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw new ExtractionException($"damaged: the PDF could not be read ({exception.GetType().Name})", exception);
        }
    }

    private static byte[] ReadAll(Stream content, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw new ExtractionException($"too large: the file exceeds {maxBytes / (1024 * 1024)} MB");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ExtractionException($"too large: the file exceeds {maxBytes / (1024 * 1024)} MB");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
