namespace TemplateLibrary.Search.Querying;

/// <summary>One lexical token of a user's query.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The word or phrase text, or the field's value.</param>
/// <param name="Field">For field filters, the facet name.</param>
/// <param name="IsPrefix">True when a word or phrase ended in *.</param>
internal sealed record QueryToken(QueryTokenKind Kind, string Text = "", string? Field = null, bool IsPrefix = false);
