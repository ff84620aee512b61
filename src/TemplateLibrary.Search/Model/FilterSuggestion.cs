namespace TemplateLibrary.Search.Model;

/// <summary>A facet value the query's words name, offered as a one-click filter.</summary>
/// <param name="Facet">The facet (category, model, type, power, council).</param>
/// <param name="Value">The value to filter on.</param>
/// <param name="Label">Its display label.</param>
/// <param name="Words">The words of the query that named it.</param>
/// <param name="Count">How many of the matching documents carry it.</param>
public sealed record FilterSuggestion(string Facet, string Value, string Label, string Words, int Count);
