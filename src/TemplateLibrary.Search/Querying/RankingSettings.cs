namespace TemplateLibrary.Search.Querying;

/// <summary>The weights of plain-English ranking, tuned on the judged relevance set's tune split.</summary>
internal sealed record RankingSettings
{
    /// <summary>The settings in use.</summary>
    public static RankingSettings Default { get; } = new();

    /// <summary>How much more a word in the title counts than one in the text.</summary>
    public float TitleBoost { get; init; } = 3f;

    /// <summary>How much more a word in a heading counts than one in the text.</summary>
    public float HeadingsBoost { get; init; } = 1.5f;

    /// <summary>How much the fields a word matches in besides the best one add (disjunction-max tie breaker).</summary>
    public float FieldTieBreaker { get; init; } = 0.1f;

    /// <summary>The boost of documents holding the query's words close together in the text.</summary>
    public float PhraseBoost { get; init; } = 2f;

    /// <summary>The boost of documents whose title holds the query's words together.</summary>
    public float TitlePhraseBoost { get; init; } = 3f;

    /// <summary>How far apart the query's words may be for the phrase boost.</summary>
    public int PhraseSlop { get; init; } = 3;

    /// <summary>The score added to a document carrying a facet value the query names ("business case", "MOU").</summary>
    public float UnderstoodBoost { get; init; } = 1.5f;

    /// <summary>The score of a document that matches a concept only by carrying the tag the query names (not in its text).</summary>
    public float UnderstoodMatch { get; init; } = 2f;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>How many of a query's optional words must match: all of one or two, then a share that rises with length.</summary>
    public int MinimumShouldMatch(int words) => words switch
    {
        <= 2 => words,
        3 => 2,
        _ => (int)Math.Ceiling(words * 0.6),
    };
}
