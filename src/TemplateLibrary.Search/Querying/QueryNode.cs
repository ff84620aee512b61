namespace TemplateLibrary.Search.Querying;

/// <summary>A node of the parsed text query.</summary>
internal abstract record QueryNode;
