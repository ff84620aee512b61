namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>A field the format itself marks (merge field, content control): its span in the block text.</summary>
/// <param name="Start">The first character in the block text.</param>
/// <param name="Length">How many characters it shows.</param>
/// <param name="Name">Its name, or null to name it like a blank.</param>
/// <param name="Kind">Merge field or content control.</param>
/// <param name="Handle">The format's own object for it, used when filling.</param>
internal sealed record KnownMarker(int Start, int Length, string? Name, MarkerKind Kind, object Handle);
