namespace TemplateLibrary.Search.Model;

/// <summary>One piece of a text diff.</summary>
/// <param name="Text">The words (for a gap: how many words were left out, as "… N words …").</param>
/// <param name="Kind">Whether it is in both texts, only the current, only the earlier, or left out.</param>
public sealed record DiffSegment(string Text, DiffKind Kind);
