namespace TemplateLibrary.Search.Model;

/// <summary>A document whose category, model or type needs a librarian's look.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">The title.</param>
/// <param name="Path">The primary path.</param>
/// <param name="Issues">One entry per uncertain or missing facet.</param>
/// <param name="Warnings">Extraction warnings that explain missing tags (a scan without a text layer).</param>
public sealed record ReviewItem(string Id, string Title, string Path, IReadOnlyList<ReviewIssue> Issues, IReadOnlyList<string> Warnings);
