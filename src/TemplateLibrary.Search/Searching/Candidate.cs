namespace TemplateLibrary.Search.Searching;

/// <summary>A document that matched the text, with its relevance (higher is better).</summary>
/// <param name="Index">The position in the snapshot.</param>
/// <param name="Score">The relevance score.</param>
internal readonly record struct Candidate(int Index, double Score);
