namespace TemplateLibrary.Web.Library;

/// <summary>A heading in a document's outline.</summary>
internal sealed record LibraryHeading(int Level, string Text);
