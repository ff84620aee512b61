namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>nDCG and precision over graded judgements (gains are the grades 0, 1, 2; unjudged documents gain 0).</summary>
internal static class RankingMetrics
{
    public const int MaxGrade = 2;

    /// <summary>The lowest grade that counts as relevant for precision.</summary>
    public const int RelevantGrade = 1;

    /// <summary>Discounted cumulative gain of the first <paramref name="k"/> grades: sum of grade / log2(rank + 1).</summary>
    public static double Dcg(IReadOnlyList<int> grades, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, grades.Count); i++)
        {
            dcg += grades[i] / Math.Log2(i + 2);
        }

        return dcg;
    }

    /// <summary>DCG of the ranking divided by DCG of the ideal ranking (all judged grades, best first); 0 when nothing is relevant.</summary>
    public static double Ndcg(IReadOnlyList<int> rankedGrades, IReadOnlyList<int> idealGrades, int k)
    {
        var ideal = Dcg(idealGrades, k);
        return ideal > 0 ? Dcg(rankedGrades, k) / ideal : 0;
    }

    /// <summary>Share of the first <paramref name="k"/> places held by relevant documents (a short list counts its empty places).</summary>
    public static double Precision(IReadOnlyList<int> rankedGrades, int k) =>
        (double)rankedGrades.Take(k).Count(grade => grade >= RelevantGrade) / k;

    /// <summary>The best precision at <paramref name="k"/> any engine can reach with this many relevant documents.</summary>
    public static double PrecisionCeiling(int relevantCount, int k) => (double)Math.Min(relevantCount, k) / k;
}
