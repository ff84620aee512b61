namespace TemplateLibrary.Search.Querying;

/// <summary>The child must not match.</summary>
/// <param name="Child">The excluded node.</param>
internal sealed record NotNode(QueryNode Child) : QueryNode;
