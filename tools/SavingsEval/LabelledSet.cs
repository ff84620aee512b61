namespace TemplateLibrary.Tools.SavingsEval;

/// <summary>The labelled file: what it is and its items.</summary>
internal sealed record LabelledSet(string About, IReadOnlyList<LabelledItem> Items);
