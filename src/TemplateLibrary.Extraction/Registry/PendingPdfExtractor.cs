using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Registry;

/// <summary>Recognises PDFs until the real PDF extractor is merged, and says it cannot read them yet.</summary>
internal sealed class PendingPdfExtractor : IDocumentExtractor
{
    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public bool Sniff(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    public ExtractedDocument Extract(Stream content, ExtractionContext context) =>
        throw new ExtractionException("PDF extraction not available yet");
}
