namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>One practitioner's question with the grades (0-2) of the documents judged for it, by path relative to corpus/.</summary>
internal sealed record JudgedQuery(string Id, string Query, string Kind, string Split, string Need, IReadOnlyDictionary<string, int> Judged)
{
    public const string Tune = "tune";
    public const string Blind = "blind";

    /// <summary>The kinds of question the set covers.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "plain-english", "keywords", "abbreviation", "citation", "typo", "doc-type", "council", "mixed",
    };

    /// <summary>The grades in descending order: the ideal ranking's gains.</summary>
    public IReadOnlyList<int> IdealGrades { get; } = [.. Judged.Values.OrderDescending()];

    /// <summary>How many judged documents are relevant (grade 1 or 2).</summary>
    public int RelevantCount => Judged.Values.Count(grade => grade >= RankingMetrics.RelevantGrade);
}
