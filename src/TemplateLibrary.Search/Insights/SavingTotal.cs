namespace TemplateLibrary.Search.Insights;

/// <summary>The reported figures of one kind, stage and period, summed.</summary>
/// <param name="Kind">saving or cost.</param>
/// <param name="Stage">planned or achieved.</param>
/// <param name="Period">annual, one-off, total or unknown.</param>
/// <param name="Statements">How many statements report one.</param>
/// <param name="WithAmount">How many of them give a sum in pounds (the others give a percentage only).</param>
/// <param name="Amount">The sums added up, in pounds (a range counts its lower end).</param>
/// <param name="Documents">The ids of the documents the statements come from.</param>
public sealed record SavingTotal(string Kind, string Stage, string Period, int Statements, int WithAmount, decimal Amount, IReadOnlyList<string> Documents);
