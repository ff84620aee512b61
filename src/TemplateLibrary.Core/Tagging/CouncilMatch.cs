namespace TemplateLibrary.Core.Tagging;

/// <summary>A council named in the document, normalised ("Northmere DC" becomes "Northmere District Council").</summary>
/// <param name="Name">The normalised full name.</param>
/// <param name="Evidence">The mentions as written, where and how often.</param>
public sealed record CouncilMatch(string Name, IReadOnlyList<TagEvidence> Evidence);
