using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Pdf;

/// <summary>The PDF extractor the registry uses: sniffs "%PDF-" and reads text with the managed reader.</summary>
internal sealed class PdfExtractor : IDocumentExtractor
{
    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public bool Sniff(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public ExtractedDocument Extract(Stream content, ExtractionContext context) =>
        PdfTextExtractor.Extract(content, context.Limits, context.CancellationToken);
}
