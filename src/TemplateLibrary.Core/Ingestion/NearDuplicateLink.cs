namespace TemplateLibrary.Core.Ingestion;

/// <summary>A document this run added or changed whose text nearly matches another indexed document.</summary>
/// <param name="DocumentId">The document added or changed.</param>
/// <param name="Path">Its path.</param>
/// <param name="OtherId">The near-duplicate.</param>
/// <param name="OtherPath">The near-duplicate's path.</param>
/// <param name="Similarity">The estimated Jaccard similarity of their word 5-shingles.</param>
public sealed record NearDuplicateLink(string DocumentId, string Path, string OtherId, string OtherPath, double Similarity);
