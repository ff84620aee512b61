namespace TemplateLibrary.Web.Library;

/// <summary>A facet value, its label and how many documents have it.</summary>
internal sealed record LibraryFacetCount(string Value, string Label, int Count);
