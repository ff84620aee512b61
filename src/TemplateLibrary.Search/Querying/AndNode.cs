namespace TemplateLibrary.Search.Querying;

/// <summary>Every child must match.</summary>
/// <param name="Children">The children.</param>
internal sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;
