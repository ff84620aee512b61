namespace TemplateLibrary.Search.Partnerships;

/// <summary>A document about an arrangement (or a council).</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Type">Its document type id, when tagged.</param>
/// <param name="Year">Its year, when tagged.</param>
public sealed record PartnershipDocument(string Id, string Title, string? Type, int? Year);
