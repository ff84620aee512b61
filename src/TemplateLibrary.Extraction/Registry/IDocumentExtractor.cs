using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Extraction.Registry;

/// <summary>Reads one format. The registry chooses an extractor by content first, extension second.</summary>
internal interface IDocumentExtractor
{
    /// <summary>The format id this extractor produces (docx, pdf, md, html, txt, odt).</summary>
    string Format { get; }

    /// <summary>File extensions, lower-case with the dot, that suggest this format.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>True when the first bytes of a file positively identify this format.</summary>
    bool Sniff(ReadOnlySpan<byte> head);

    /// <summary>Extracts the text; throws <see cref="Core.Errors.ExtractionException"/> with a reason.</summary>
    ExtractedDocument Extract(Stream content, ExtractionContext context);
}
