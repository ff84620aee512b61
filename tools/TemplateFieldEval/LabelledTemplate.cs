namespace TemplateLibrary.Tools.TemplateFieldEval;

/// <summary>One template of the labelled set: its corpus path, whether it is blind, and its fields (name, type).</summary>
internal sealed record LabelledTemplate(string Path, bool Blind, IReadOnlyList<(string Name, string Type)> Fields);
