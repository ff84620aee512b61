namespace TemplateLibrary.Core.Tagging;

/// <summary>One facet value attached to a document, with where it came from and why.</summary>
/// <param name="Facet">One of <see cref="FacetNames"/>.</param>
/// <param name="Value">The normalised value: a taxonomy id, a power id, a council name, a year.</param>
/// <param name="Source">Where the tag came from.</param>
/// <param name="Confidence">1 for supplied tags; the tagger's confidence in [0,1] for automatic ones.</param>
/// <param name="Evidence">For automatic tags, the cues that fired and where; otherwise null.</param>
public sealed record Tag(string Facet, string Value, TagSource Source, double Confidence = 1.0, string? Evidence = null);
