namespace TemplateLibrary.Search.Model;

/// <summary>A run of snippet text, either a matched term or ordinary text.</summary>
/// <param name="Text">The raw text (not encoded).</param>
/// <param name="IsMatch">True when the run matched the query.</param>
public sealed record HighlightSegment(string Text, bool IsMatch);
