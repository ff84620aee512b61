namespace TemplateLibrary.Tools.SavingsEval;

/// <summary>A statement as labelled by hand.</summary>
internal sealed record LabelledStatement(string Kind, decimal? Amount, decimal? Percent, string Period, string Stage);
