namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A public body whose name has no recognisable ending ("Police Scotland"), listed by name.</summary>
/// <param name="Name">The body's name.</param>
/// <param name="Kind">The partner body kind id.</param>
public sealed record NamedPublicBody(string Name, string Kind);
