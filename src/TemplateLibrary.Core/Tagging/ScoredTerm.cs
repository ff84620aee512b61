namespace TemplateLibrary.Core.Tagging;

/// <summary>A term's total score and the hits that made it, strongest first.</summary>
internal sealed record ScoredTerm(string Id, string Label, double Score, IReadOnlyList<WeightedEvidence> Evidence);
