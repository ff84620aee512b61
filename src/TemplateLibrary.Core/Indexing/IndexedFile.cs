namespace TemplateLibrary.Core.Indexing;

/// <summary>A file path the index knows, the document it holds and the content hash it had.</summary>
/// <param name="Path">The full, normalised path of the file.</param>
/// <param name="DocumentId">The document the file's content belongs to.</param>
/// <param name="Hash">The lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="SizeBytes">The file's size when indexed.</param>
public sealed record IndexedFile(string Path, string DocumentId, string Hash, long SizeBytes);
