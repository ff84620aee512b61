using System.Globalization;

namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Checks the metric code against examples worked by hand (see README.md); exit 1 on any mismatch.</summary>
internal static class SelfCheck
{
    private const double Tolerance = 1e-4;

    public static int Run(TextWriter writer)
    {
        // Judged: A=2, B=1, C=1, D=0. Ideal DCG@10 = 2/1 + 1/log2(3) + 1/log2(4) = 3.1309.
        var query = new JudgedQuery("x", "example", "keywords", JudgedQuery.Tune, "", new Dictionary<string, int>
        {
            ["a/A.md"] = 2, ["a/B.md"] = 1, ["a/C.md"] = 1, ["a/D.md"] = 0,
        });
        var checks = new (string Name, double Actual, double Expected)[]
        {
            ("DCG of [2, 0, 1]", RankingMetrics.Dcg([2, 0, 1], 10), 2.5),
            ("ideal DCG of [2, 1, 1, 0]", RankingMetrics.Dcg(query.IdealGrades, 10), 3.1309),
            // A, unjudged E, C (absolute path), D: 2.5 / 3.1309.
            ("nDCG@10 of A, E, C, D", Outcome(query, "/srv/corpus/a/A.md", "corpus/a/E.md", "/srv/corpus/a/C.md", "a/D.md").Ndcg, 0.7985),
            ("P@5 of A, E, C, D", Outcome(query, "a/A.md", "a/E.md", "a/C.md", "a/D.md").Precision, 0.4),
            ("unjudged in top 5 of A, E, C, D", Outcome(query, "a/A.md", "a/E.md", "a/C.md", "a/D.md").UnjudgedInTop, 1),
            ("nDCG@10 of the ideal ranking A, B, C", Outcome(query, "a/A.md", "a/B.md", "a/C.md").Ndcg, 1),
            // B, C, A: (1/1 + 1/log2(3) + 2/log2(4)) / 3.1309 = 2.6309 / 3.1309.
            ("nDCG@10 of B, C, A", Outcome(query, "a/B.md", "a/C.md", "a/A.md").Ndcg, 0.8403),
            ("P@5 with no results", Outcome(query).Precision, 0),
            ("nDCG@10 with no results", Outcome(query).Ndcg, 0),
            ("P@5 ceiling with 3 relevant documents", Outcome(query).PrecisionCeiling, 0.6),
            ("grade 2 beyond rank 10 adds nothing", RankingMetrics.Dcg([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], 10), 0),
        };

        var failed = 0;
        foreach (var (name, actual, expected) in checks)
        {
            var ok = Math.Abs(actual - expected) < Tolerance;
            failed += ok ? 0 : 1;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "ok  " : "FAIL")}  {name}: {actual:0.0000} (expected {expected:0.0000})"));
        }

        writer.WriteLine(failed == 0 ? "self-check passed" : $"self-check FAILED: {failed} of {checks.Length}");
        return failed == 0 ? 0 : 1;
    }

    private static QueryOutcome Outcome(JudgedQuery query, params string[] paths) => QueryOutcome.From(query, paths, paths.Length, null);
}
