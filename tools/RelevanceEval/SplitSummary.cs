namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Mean figures over a group of queries (a split, all queries, or one kind).</summary>
internal sealed record SplitSummary(
    string Name,
    int Queries,
    double Ndcg,
    double Precision,
    double PrecisionCeiling,
    IReadOnlyList<QueryOutcome> ZeroResults,
    int UnjudgedInTop,
    IReadOnlyList<QueryOutcome> Errors)
{
    public static SplitSummary Of(string name, IReadOnlyList<QueryOutcome> outcomes) => new(
        name,
        outcomes.Count,
        Mean(outcomes, outcome => outcome.Ndcg),
        Mean(outcomes, outcome => outcome.Precision),
        Mean(outcomes, outcome => outcome.PrecisionCeiling),
        [.. outcomes.Where(outcome => outcome.ZeroResults)],
        outcomes.Sum(outcome => outcome.UnjudgedInTop),
        [.. outcomes.Where(outcome => outcome.Error is not null)]);

    private static double Mean(IReadOnlyList<QueryOutcome> outcomes, Func<QueryOutcome, double> figure) =>
        outcomes.Count == 0 ? 0 : outcomes.Average(figure);
}
