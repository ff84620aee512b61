namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>
/// One shown glyph in page space, rotated so that its text runs along +X: its start and end on the
/// baseline, its size, its direction (0, 90, 180 or 270 degrees as 0-3) and its text.
/// </summary>
internal readonly record struct Glyph(string Text, double X, double Y, double EndX, double Size, int Direction, bool IsSpace);
