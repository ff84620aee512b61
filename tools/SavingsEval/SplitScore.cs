using TemplateLibrary.Core.Partnerships;

namespace TemplateLibrary.Tools.SavingsEval;

/// <summary>Counts for one split: statements found, labelled and matched, and how many matches got the period and stage right.</summary>
internal sealed class SplitScore
{
    public int Found { get; private set; }

    public int Labelled { get; private set; }

    public int Matched { get; private set; }

    public int PeriodRight { get; private set; }

    public int StageRight { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>Scores one item: a found statement matches an unmatched label of its kind with its amount (or, for a
    /// label with no amount, its percentage).</summary>
    public void Add(LabelledItem item, IReadOnlyList<SavingStatement> found)
    {
        Found += found.Count;
        Labelled += item.Expect.Count;
        var open = item.Expect.ToList();
        foreach (var statement in found)
        {
            var label = open.FirstOrDefault(l => Matches(l, statement));
            if (label is null)
            {
                Errors.Add($"#{item.Id} extra: {Describe(statement)} in \"{item.Text}\"");
                continue;
            }

            open.Remove(label);
            Matched++;
            PeriodRight += label.Period == statement.Period ? 1 : 0;
            StageRight += label.Stage == statement.Stage ? 1 : 0;
            if (label.Period != statement.Period || label.Stage != statement.Stage)
            {
                Errors.Add($"#{item.Id} period/stage: found {statement.Period}/{statement.Stage}, labelled {label.Period}/{label.Stage}");
            }
        }

        foreach (var label in open)
        {
            Errors.Add($"#{item.Id} missed: {label.Kind} {label.Amount?.ToString() ?? label.Percent + "%"} in \"{item.Text}\"");
        }
    }

    public static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static bool Matches(LabelledStatement label, SavingStatement found) =>
        label.Kind == found.Kind && (label.Amount is { } amount ? found.Amount == amount : found.Percent == label.Percent && found.Amount is null);

    private static string Describe(SavingStatement s) => $"{s.Kind} {s.Amount?.ToString() ?? s.Percent + "%"} {s.Period}/{s.Stage}";
}
