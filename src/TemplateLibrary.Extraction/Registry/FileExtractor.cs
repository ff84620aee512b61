using System.Globalization;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Docx;
using TemplateLibrary.Extraction.Html;
using TemplateLibrary.Extraction.Markdown;
using TemplateLibrary.Extraction.Odt;
using TemplateLibrary.Extraction.PlainText;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Registry;

/// <summary>Extracts any supported file: picks the format by content first and extension second.</summary>
public sealed class FileExtractor : IFileExtractor
{
    private const int HeadBytes = BinaryContent.SampleBytes;
    private readonly IReadOnlyList<IDocumentExtractor> extractors;
    private readonly ExtractionLimits limits;

    internal FileExtractor(IReadOnlyList<IDocumentExtractor> extractors, ExtractionLimits limits)
    {
        this.extractors = extractors;
        this.limits = limits;
        SupportedExtensions = extractors.SelectMany(e => e.Extensions).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The extensions (lower-case, with the dot) of the formats this extractor reads.</summary>
    public IReadOnlySet<string> SupportedExtensions { get; }

    /// <summary>
    /// Creates the extractor with every built-in format; it is stateless and safe to share between threads. Scanned PDF
    /// pages are OCRed when <c>tesseract</c> and <c>pdftoppm</c> are on the PATH, unless <paramref name="ocr"/> is false.
    /// </summary>
    public static FileExtractor CreateDefault(ExtractionLimits? limits = null, bool ocr = true) => new(
        [
            new Pdf.PdfExtractor(ocr ? Ocr.TesseractOcr.FromPath() : null),
            new DocxExtractor(),
            new Xlsx.XlsxExtractor(),
            new Pptx.PptxExtractor(),
            new Rtf.RtfExtractor(),
            new Doc.DocExtractor(),
            new OdtExtractor(),
            new HtmlExtractor(),
            new MarkdownExtractor(),
            new PlainTextExtractor(),
        ],
        limits ?? ExtractionLimits.Default);

    /// <inheritdoc />
    public ExtractedDocument Extract(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new ExtractionException("file not found");
        }

        if (file.Length == 0)
        {
            throw new ExtractionException("empty file");
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too large: {Megabytes.Format(file.Length)} MB (limit {Megabytes.Format(limits.MaxFileBytes)} MB)"));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limits.Timeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(limits.Timeout);
        }
        else
        {
            timeout.Cancel();
        }

        using var stream = Open(file);
        var extractor = Choose(stream, Path.GetExtension(path).ToLowerInvariant());
        var context = new ExtractionContext(file.Name, limits, timeout.Token);
        try
        {
            return extractor.Extract(stream, context);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"timed out after {limits.Timeout.TotalSeconds:0} seconds"));
        }
        catch (Exception ex) when (ex is not (ExtractionException or OperationCanceledException or OutOfMemoryException))
        {
            throw ExtractionFailure.Wrap(ex, extractor.Format);
        }
    }

    private static FileStream Open(FileInfo file)
    {
        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionException("cannot open the file: " + ex.Message, ex);
        }
    }

    private IDocumentExtractor Choose(Stream stream, string extension)
    {
        var head = ReadHead(stream);
        foreach (var extractor in extractors)
        {
            if (extractor.Sniff(head))
            {
                return extractor;
            }
        }

        var byExtension = extractors.FirstOrDefault(e => e.Extensions.Contains(extension));
        if (head.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return ChooseZipPackage(stream, byExtension);
        }

        if (byExtension is null)
        {
            throw new ExtractionException(extension.Length == 0
                ? "unsupported format (the file name has no extension)"
                : $"unsupported format '{extension}'");
        }

        if (FormatLabels.IsZipPackage(byExtension.Format))
        {
            var found = BinaryContent.LooksBinary(head) ? "unrecognised binary data" : "plain text";
            throw new ExtractionException($"not a {FormatLabels.For(byExtension.Format)} file: the content is {found}");
        }

        if (BinaryContent.LooksBinary(head))
        {
            throw new ExtractionException("not a text file: looks like binary data");
        }

        return byExtension;
    }

    private IDocumentExtractor ChooseZipPackage(Stream stream, IDocumentExtractor? byExtension)
    {
        string? format;
        try
        {
            format = ZipPackageDetector.Detect(stream);
        }
        catch (InvalidDataException ex)
        {
            var label = byExtension is not null && FormatLabels.IsZipPackage(byExtension.Format)
                ? FormatLabels.For(byExtension.Format)
                : "ZIP archive";
            throw new ExtractionException($"truncated or damaged {label} (the ZIP archive is incomplete or corrupt)", ex);
        }

        if (format is not null)
        {
            return extractors.FirstOrDefault(e => e.Format == format)
                ?? throw new ExtractionException($"unsupported format: {FormatLabels.For(format)}");
        }

        return byExtension is not null && FormatLabels.IsZipPackage(byExtension.Format)
            ? byExtension
            : throw new ExtractionException("unsupported format: a ZIP archive that is not a DOCX, XLSX, PPTX or ODT document");
    }

    private static byte[] ReadHead(Stream stream)
    {
        var buffer = new byte[HeadBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        stream.Position = 0;
        return buffer[..total];
    }
}
