namespace TemplateLibrary.Core.Taxonomy;

/// <summary>What search reads from the taxonomy file's "search" section: citation forms, synonyms, question words and aliases.</summary>
public sealed record SearchVocabulary
{
    /// <summary>No search vocabulary: citations, synonyms and aliases are off.</summary>
    public static SearchVocabulary Empty { get; } = new();

    /// <summary>How statutory citations are written ("section 113", "s.113", "reg 12") and the unit each becomes ("s113", "reg12").</summary>
    public IReadOnlyList<CitationUnit> Citations { get; init; } = [];

    /// <summary>Groups of expressions that mean the same (["MOU", "memorandum of understanding"]); a query for one finds every other.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>Words of a typed question that say nothing about the documents wanted ("how", "do", "we").</summary>
    public IReadOnlyList<string> QuestionWords { get; init; } = [];

    /// <summary>Further phrases that name a facet value, beyond the taxonomy's labels and synonyms ("Teckal" → a model).</summary>
    public IReadOnlyList<SearchAlias> Aliases { get; init; } = [];

    /// <summary>Labels and synonyms too general to mean their facet value when a query contains them ("plan", "report").</summary>
    public IReadOnlyList<string> NotFacetNames { get; init; } = [];
}
