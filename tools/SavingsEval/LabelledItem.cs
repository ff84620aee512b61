namespace TemplateLibrary.Tools.SavingsEval;

/// <summary>One labelled sentence (or short passage) and the statements it holds.</summary>
internal sealed record LabelledItem(int Id, string Set, string Source, string Text, IReadOnlyList<LabelledStatement> Expect);
