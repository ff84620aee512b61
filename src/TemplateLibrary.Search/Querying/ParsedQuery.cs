namespace TemplateLibrary.Search.Querying;

/// <summary>A user's query read into a tree of words, phrases and operators, plus the filters it names.</summary>
internal sealed record ParsedQuery
{
    /// <summary>The words, phrases and operators, or null when the query has none (browse by filters alone).</summary>
    public QueryNode? Tree { get; init; }

    /// <summary>Facet filters found in the text: facet to accepted values.</summary>
    public required IReadOnlyDictionary<string, List<string>> Filters { get; init; }

    /// <summary>Facet values the text excludes (-category:legal).</summary>
    public required IReadOnlyDictionary<string, List<string>> ExcludedValues { get; init; }

    /// <summary>The earliest year from year ranges in the text.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The latest year from year ranges in the text.</summary>
    public int? YearTo { get; init; }

    /// <summary>True when the text asks for agreements due for review (review:due).</summary>
    public bool ReviewDue { get; init; }

    /// <summary>True when the tree only excludes (allowed when something else filters).</summary>
    public bool OnlyExcludes { get; init; }
}
