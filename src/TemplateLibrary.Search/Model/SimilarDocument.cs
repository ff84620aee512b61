namespace TemplateLibrary.Search.Model;

/// <summary>A document that resembles another one.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">The title.</param>
/// <param name="Path">The primary path.</param>
/// <param name="Format">The format id.</param>
/// <param name="Score">Similarity score, higher is closer.</param>
/// <param name="SharedTags">Effective tags both documents carry, as "facet:value".</param>
public sealed record SimilarDocument(string Id, string Title, string Path, string Format, double Score, IReadOnlyList<string> SharedTags);
