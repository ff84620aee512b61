namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Everything one evaluation run measured, ready to print (MissingDocuments: judged paths no longer in the library folder).</summary>
internal sealed record EvalReport(
    string SetPath,
    string Templib,
    string Index,
    int IngestFailures,
    IReadOnlyList<string> MissingDocuments,
    IReadOnlyList<QueryOutcome> Outcomes)
{
    /// <summary>Tune, blind and all (or only the split that was asked for).</summary>
    public IReadOnlyList<SplitSummary> Splits
    {
        get
        {
            var splits = new List<SplitSummary>();
            foreach (var split in new[] { JudgedQuery.Tune, JudgedQuery.Blind })
            {
                var outcomes = Outcomes.Where(outcome => outcome.Query.Split == split).ToList();
                if (outcomes.Count > 0)
                {
                    splits.Add(SplitSummary.Of(split, outcomes));
                }
            }

            if (splits.Count > 1)
            {
                splits.Add(SplitSummary.Of("all", Outcomes));
            }

            return splits;
        }
    }

    /// <summary>Figures per kind of question, over every query run.</summary>
    public IReadOnlyList<SplitSummary> ByKind =>
        [.. Outcomes.GroupBy(outcome => outcome.Query.Kind).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => SplitSummary.Of(group.Key, [.. group]))];
}
