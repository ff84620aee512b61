using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Ocr;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Pdf;

/// <summary>The PDF extractor the registry uses: sniffs "%PDF-", reads text with the managed reader, OCRs scanned pages when it can.</summary>
internal sealed class PdfExtractor : IDocumentExtractor
{
    private readonly TesseractOcr? ocr;

    /// <summary>Creates the extractor; with <paramref name="ocr"/>, pages that are only images are OCRed.</summary>
    public PdfExtractor(TesseractOcr? ocr = null)
    {
        this.ocr = ocr;
    }

    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public bool Sniff(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public ExtractedDocument Extract(Stream content, ExtractionContext context) =>
        PdfTextExtractor.Extract(content, context.Limits, ocr, context.CancellationToken);
}
