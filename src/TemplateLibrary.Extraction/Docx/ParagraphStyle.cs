namespace TemplateLibrary.Extraction.Docx;

/// <summary>What a paragraph style means for extraction: a heading level, a title, a list.</summary>
internal sealed record ParagraphStyle(int? HeadingLevel, bool IsTitle, string? NumberingId, int NumberingLevel);
