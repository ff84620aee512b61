namespace TemplateLibrary.Search.Querying;

/// <summary>A query word to mark in snippets.</summary>
/// <param name="Text">The word as typed.</param>
/// <param name="IsPrefix">True when any word starting with it matches.</param>
internal sealed record HighlightTerm(string Text, bool IsPrefix);
