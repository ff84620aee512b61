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

    /// <summary>The boost of documents holding the query's words close together in the text (0: off; it did not help
    /// the judged set and reads the positions of every match).</summary>
    public float PhraseBoost { get; init; }

    /// <summary>The boost of documents whose title holds the query's words together.</summary>
    public float TitlePhraseBoost { get; init; } = 3f;

    /// <summary>How far apart the query's words may be for the phrase boost.</summary>
    public int PhraseSlop { get; init; } = 3;

    /// <summary>The score added to a document carrying a topic the query names: a service, a council, a power.</summary>
    public float UnderstoodBoost { get; init; } = 4f;

    /// <summary>The score added to a document of a kind the query names: a document type or delivery model ("MOU", "joint committee").</summary>
    public float GenreBoost { get; init; } = 2f;

    /// <summary>The score of a document that matches a concept only by carrying the tag the query names (not in its text).</summary>
    public float UnderstoodMatch { get; init; } = 2f;

    /// <summary>The weight of a misspelt word's close spellings.</summary>
    public float FuzzyBoost { get; init; } = 1f;

    /// <summary>How steeply a document matching only some of the words is discounted: score × (matched / words)^this.</summary>
    public double CoordExponent { get; init; } = 2;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>How many of a query's optional words must match, for one word, two words and so on.</summary>
    public IReadOnlyList<int> MmTable { get; init; } = [1, 1, 2, 2, 3, 3];

    /// <summary>The share of a longer query's optional words that must match.</summary>
    public double MmShare { get; init; } = 0.6;

    /// <summary>How many of a query's optional words must match: from the table, then a share of a longer query's words.</summary>
    public int MinimumShouldMatch(int words) =>
        words <= 0 ? 0 : words <= MmTable.Count ? Math.Min(words, MmTable[words - 1]) : (int)Math.Ceiling(words * MmShare);
}
