namespace TemplateLibrary.Search.Model;

/// <summary>One facet of a document that is missing or tagged automatically with low confidence.</summary>
/// <param name="Facet">The facet.</param>
/// <param name="Value">The automatic value, or null when the facet is missing.</param>
/// <param name="Confidence">The tagger's confidence, or 0 when missing.</param>
/// <param name="Evidence">The cues that fired, if any.</param>
public sealed record ReviewIssue(string Facet, string? Value, double Confidence, string? Evidence);
