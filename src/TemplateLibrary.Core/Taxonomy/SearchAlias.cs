namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A phrase that names a facet value for search, such as "Teckal" for the jointly owned company model.</summary>
/// <param name="Text">The phrase as a person types it.</param>
/// <param name="Facet">The facet: category, model, type or power.</param>
/// <param name="Value">The value's id.</param>
public sealed record SearchAlias(string Text, string Facet, string Value);
