namespace TemplateLibrary.Core.Documents;

/// <summary>A heading in a document: its level (1 is the top) and its text.</summary>
public sealed record DocumentHeading(int Level, string Text);
