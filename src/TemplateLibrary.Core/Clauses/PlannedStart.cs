namespace TemplateLibrary.Core.Clauses;

/// <summary>A line the planner decided opens a segment, before subclauses and items are found around it.</summary>
/// <param name="Form">What the segment is.</param>
/// <param name="Number">Its number as the document writes it; null when unnumbered.</param>
/// <param name="Heading">Its heading; null when none.</param>
/// <param name="Rank">Its nesting rank: a segment closes every open segment of the same or a higher rank.</param>
internal sealed record PlannedStart(ClauseForm Form, string? Number, string? Heading, int Rank);
