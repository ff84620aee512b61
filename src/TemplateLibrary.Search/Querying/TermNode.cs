namespace TemplateLibrary.Search.Querying;

/// <summary>A word or phrase: one or more token runs that must appear in order.</summary>
/// <param name="Runs">The token runs (never empty).</param>
/// <param name="IsPrefix">True when the last run is a prefix.</param>
internal sealed record TermNode(IReadOnlyList<string> Runs, bool IsPrefix) : QueryNode;
