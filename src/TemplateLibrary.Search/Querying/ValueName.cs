using TemplateLibrary.Search.Analysis;

namespace TemplateLibrary.Search.Querying;

/// <summary>A name of a facet value, analysed: the words a query may use for it.</summary>
/// <param name="Facet">The facet.</param>
/// <param name="Value">The value.</param>
/// <param name="Terms">The analysed name.</param>
internal sealed record ValueName(string Facet, string Value, TermSequence Terms);
