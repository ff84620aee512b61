namespace TemplateLibrary.Web.Library;

/// <summary>A tag on a document with where it came from and why.</summary>
internal sealed record LibraryTag(string Facet, string Value, string Label, string Source, double Confidence, string? Evidence);
