namespace TemplateLibrary.Extraction.Pptx;

/// <summary>What one slide says: its title (if a title placeholder has text) and its other text blocks in shape order.</summary>
internal sealed record SlideContent(string? Title, IReadOnlyList<string> Blocks);
