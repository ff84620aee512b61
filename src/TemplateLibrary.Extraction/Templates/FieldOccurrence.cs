namespace TemplateLibrary.Extraction.Templates;

/// <summary>One place a field occurs.</summary>
/// <param name="Part">Where: body, header, footer, footnotes or endnotes.</param>
/// <param name="Marker">The placeholder as written, e.g. <c>[date]</c> or <c>________</c>.</param>
/// <param name="Context">The paragraph or table cell around it.</param>
public sealed record FieldOccurrence(string Part, string Marker, string Context);
