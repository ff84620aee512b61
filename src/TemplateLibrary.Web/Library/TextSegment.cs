namespace TemplateLibrary.Web.Library;

/// <summary>A run of plain text, marked when it matched the query.</summary>
internal sealed record TextSegment(string Text, bool IsMatch);
