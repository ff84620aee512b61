namespace TemplateLibrary.Core.Tagging;

/// <summary>The tagger's choice for one facet: the term, how sure it is, and why.</summary>
/// <param name="Id">The taxonomy id.</param>
/// <param name="Label">The taxonomy label.</param>
/// <param name="Confidence">Confidence in [0,1].</param>
/// <param name="Evidence">The cues that fired, strongest first.</param>
public sealed record FacetMatch(string Id, string Label, double Confidence, IReadOnlyList<TagEvidence> Evidence);
