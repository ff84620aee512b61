namespace TemplateLibrary.Search.Querying;

/// <summary>Any child may match.</summary>
/// <param name="Children">The children.</param>
internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;
