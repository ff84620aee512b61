namespace TemplateLibrary.Search.Model;

/// <summary>How many documents carry one facet value.</summary>
/// <param name="Value">The stored value (taxonomy id, council name, year).</param>
/// <param name="Label">The display label.</param>
/// <param name="Count">The number of matching documents.</param>
public sealed record FacetCount(string Value, string Label, int Count);
