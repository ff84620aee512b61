namespace TemplateLibrary.Extraction.Rtf;

/// <summary>A font table entry: the code page its charset implies, and whether it is a symbol font.</summary>
internal sealed record RtfFont(int? CodePage, bool Symbol);
