namespace TemplateLibrary.Core.Taxonomy;

/// <summary>What the clause classifier reads from the taxonomy file's "clauses" section: the clause kinds, their cues and the scoring knobs.</summary>
public sealed record ClauseVocabulary
{
    /// <summary>No clause kinds: clauses are segmented but not classified.</summary>
    public static ClauseVocabulary Empty { get; } = new();

    /// <summary>The clause kinds with their cues.</summary>
    public IReadOnlyList<TaxonomyTerm> Kinds { get; init; } = [];

    /// <summary>The document type ids whose clauses are segmented at ingestion (agreements, MOUs, terms of reference, templates).</summary>
    public IReadOnlyList<string> DocumentTypes { get; init; } = [];

    /// <summary>Headings of sections that take no kind (Background, Recitals, Execution): matched case-insensitively.</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex> WithoutKinds { get; init; } = [];

    /// <summary>How much a cue counts in the clause heading.</summary>
    public double HeadingWeight { get; init; } = 3;

    /// <summary>How much a cue counts in the clause text.</summary>
    public double TextWeight { get; init; } = 1;

    /// <summary>The least score a kind needs.</summary>
    public double MinScore { get; init; } = 6;

    /// <summary>The least score a kind needs when the heading names no kind and only the text speaks.</summary>
    public double TextOnlyMinScore { get; init; } = 12;

    /// <summary>The least fraction of the best kind's score a further kind needs.</summary>
    public double RelativeScore { get; init; } = 0.45;

    /// <summary>The most kinds one clause is given.</summary>
    public int MaxKinds { get; init; } = 3;

    /// <summary>The score at which confidence reaches about 63%.</summary>
    public double Saturation { get; init; } = 12;
}
