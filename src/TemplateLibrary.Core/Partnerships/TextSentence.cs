namespace TemplateLibrary.Core.Partnerships;

/// <summary>A sentence of a document with its line breaks joined, and where it starts.</summary>
internal sealed record TextSentence(string Text, int Start);
