namespace TemplateLibrary.Core.Duplicates;

/// <summary>A document whose text is nearly the same as another's (another version, or the same text in another format).</summary>
/// <param name="DocumentId">The document found.</param>
/// <param name="Title">Its title.</param>
/// <param name="Path">Its primary path.</param>
/// <param name="Similarity">The estimated Jaccard similarity of their word 5-shingles.</param>
public sealed record NearDuplicate(string DocumentId, string Title, string Path, double Similarity);
