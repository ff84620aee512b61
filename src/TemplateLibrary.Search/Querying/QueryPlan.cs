using Lucene.Net.Search;

namespace TemplateLibrary.Search.Querying;

/// <summary>A parsed query made into Lucene queries, with what the page needs to explain and highlight it.</summary>
internal sealed record QueryPlan
{
    /// <summary>A plan with no text: browse by filters alone.</summary>
    public static QueryPlan None { get; } = new();

    /// <summary>The query documents must match (and are ranked by), or null to browse.</summary>
    public Query? Match { get; init; }

    /// <summary>True when the query ranks by text (not only excludes words).</summary>
    public bool HasText { get; init; }

    /// <summary>The term and phrase queries to mark in snippets (on the text fields).</summary>
    public IReadOnlyList<Query> Highlight { get; init; } = [];

    /// <summary>The prefix and fuzzy queries on the unstemmed words, whose expansions snippets mark.</summary>
    public IReadOnlyList<MultiTermQuery> Expansions { get; init; } = [];

    /// <summary>The plain words typed (lower case, in order) that a spelling suggestion may correct.</summary>
    public IReadOnlyList<string> CorrectableWords { get; init; } = [];

    /// <summary>The content words as typed, each of which "drop a word" help may leave out.</summary>
    public IReadOnlyList<string> ContentWords { get; init; } = [];

    /// <summary>The facet values the query names, with the words that named them.</summary>
    public IReadOnlyList<(ValueName Name, string Words)> Understood { get; init; } = [];
}
