namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>What the engine returned for one judged query, and its figures (Error: the message of a rejected query, which scores 0).</summary>
internal sealed record QueryOutcome(JudgedQuery Query, IReadOnlyList<Hit> Hits, int Total, string? Error)
{
    public const int NdcgDepth = 10;
    public const int PrecisionDepth = 5;

    public double Ndcg => RankingMetrics.Ndcg([.. Hits.Select(hit => hit.Gain)], Query.IdealGrades, NdcgDepth);

    public double Precision => RankingMetrics.Precision([.. Hits.Select(hit => hit.Gain)], PrecisionDepth);

    public double PrecisionCeiling => RankingMetrics.PrecisionCeiling(Query.RelevantCount, PrecisionDepth);

    public bool ZeroResults => Hits.Count == 0;

    /// <summary>Results in the top 5 that nobody graded for this query: grades are missing, not necessarily wrong.</summary>
    public int UnjudgedInTop => Hits.Take(PrecisionDepth).Count(hit => hit.Grade is null);

    /// <summary>Grade-2 documents the engine did not place in the top 10.</summary>
    public int MissedBest =>
        Query.Judged.Count(pair => pair.Value == RankingMetrics.MaxGrade && !Hits.Any(hit => hit.Path == pair.Key));

    /// <summary>Matches the engine's results to the judged paths by their part after corpus/ (or, failing that, by suffix).</summary>
    public static QueryOutcome From(JudgedQuery query, IReadOnlyList<string> resultPaths, int total, string? error)
    {
        var hits = new List<Hit>(resultPaths.Count);
        foreach (var resultPath in resultPaths)
        {
            var path = LibraryPath.Normalise(resultPath);
            var judgedPath = query.Judged.ContainsKey(path)
                ? path
                : query.Judged.Keys.FirstOrDefault(key => path.EndsWith("/" + key, StringComparison.Ordinal));
            hits.Add(judgedPath is null ? new Hit(path, null) : new Hit(judgedPath, query.Judged[judgedPath]));
        }

        return new QueryOutcome(query, hits, total, error);
    }
}
