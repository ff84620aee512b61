namespace TemplateLibrary.Web.Upload;

/// <summary>One uploaded file written to disk.</summary>
/// <param name="Name">The cleaned file name the user sees.</param>
/// <param name="FullPath">Where it was written.</param>
/// <param name="Hash">The lower-case hex SHA-256 of the content, as ingestion computes it.</param>
internal sealed record SavedUpload(string Name, string FullPath, string Hash);
