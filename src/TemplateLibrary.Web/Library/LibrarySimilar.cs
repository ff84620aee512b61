namespace TemplateLibrary.Web.Library;

/// <summary>A document similar to another, with its similarity score.</summary>
internal sealed record LibrarySimilar(string Id, string Title, string? Type, string? Category, double Score);
