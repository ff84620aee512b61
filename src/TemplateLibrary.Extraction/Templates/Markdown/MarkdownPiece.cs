namespace TemplateLibrary.Extraction.Templates.Markdown;

/// <summary>A stretch of a Markdown block's visible text and where it is in the source (-1 when it cannot be mapped back).</summary>
/// <param name="Start">Its first character in the block text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Source">Its first character in the source, or -1.</param>
internal sealed record MarkdownPiece(int Start, int Length, int Source)
{
    public int End => Start + Length;
}
