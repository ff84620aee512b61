namespace TemplateLibrary.Core.Documents;

/// <summary>The text and metadata an extractor read from one file.</summary>
public sealed class ExtractedDocument
{
    /// <summary>The format id: docx, pdf, md, html, txt, odt.</summary>
    public required string Format { get; init; }

    /// <summary>The body text in reading order; blocks separated by a blank line.</summary>
    public required string Text { get; init; }

    /// <summary>The title the file itself declares or implies, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The document's headings in order, with their levels.</summary>
    public IReadOnlyList<DocumentHeading> Headings { get; init; } = [];

    /// <summary>The text of each page, for paged formats (PDF); empty otherwise.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <summary>Metadata declared in the file (core properties, front matter, PDF Info).</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>Problems that did not stop extraction, such as a page with no text layer.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
