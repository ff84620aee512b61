namespace TemplateLibrary.Core.Tagging;

/// <summary>A statutory power cited in the document, normalised to its id.</summary>
/// <param name="Id">The power id, e.g. <c>lga1972-s101</c>.</param>
/// <param name="Label">The power label, e.g. <c>s101 LGA 1972</c>.</param>
/// <param name="Evidence">The citations as written, where and how often.</param>
public sealed record PowerMatch(string Id, string Label, IReadOnlyList<TagEvidence> Evidence);
