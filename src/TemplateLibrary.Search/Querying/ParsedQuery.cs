namespace TemplateLibrary.Search.Querying;

/// <summary>A user's query translated into a safe FTS5 expression and structured filters.</summary>
internal sealed record ParsedQuery
{
    /// <summary>The FTS5 MATCH expression documents must satisfy, or null when there is no positive text.</summary>
    public string? MatchExpression { get; init; }

    /// <summary>When the text only excludes terms (allowed with filters): documents matching this are removed.</summary>
    public string? ExcludeExpression { get; init; }

    /// <summary>Facet filters found in the text: facet to accepted values.</summary>
    public required IReadOnlyDictionary<string, List<string>> Filters { get; init; }

    /// <summary>Facet values the text excludes (-category:legal).</summary>
    public required IReadOnlyDictionary<string, List<string>> ExcludedValues { get; init; }

    /// <summary>The earliest year from year ranges in the text.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The latest year from year ranges in the text.</summary>
    public int? YearTo { get; init; }

    /// <summary>The plain words the query looks for (lower-case), for spelling suggestions.</summary>
    public required IReadOnlyList<string> PositiveWords { get; init; }

    /// <summary>The words (and prefixes) to mark in snippets: every positive term, none of the excluded ones.</summary>
    public IReadOnlyList<HighlightTerm> HighlightTerms { get; init; } = [];

    /// <summary>True when there is text to match (and so relevance to rank by).</summary>
    public bool HasText => MatchExpression is not null;
}
