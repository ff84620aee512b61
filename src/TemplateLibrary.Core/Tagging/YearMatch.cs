namespace TemplateLibrary.Core.Tagging;

/// <summary>The document's year and where it came from.</summary>
/// <param name="Value">The four-digit year.</param>
/// <param name="Source">"metadata" when the file declared it, "text" when read from a date in the text.</param>
/// <param name="Evidence">The date as written, when read from the text.</param>
public sealed record YearMatch(int Value, string Source, string? Evidence);
