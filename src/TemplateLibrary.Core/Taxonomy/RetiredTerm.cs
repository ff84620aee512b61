namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A term id that is no longer used, and the ids that replaced it (a split term names several).</summary>
/// <param name="Facet">The facet the id belonged to.</param>
/// <param name="Id">The old id.</param>
/// <param name="Label">The old label, which also names the old term.</param>
/// <param name="ReplacedBy">The ids to choose from instead.</param>
public sealed record RetiredTerm(string Facet, string Id, string? Label, IReadOnlyList<string> ReplacedBy);
