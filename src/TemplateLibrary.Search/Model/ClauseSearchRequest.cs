namespace TemplateLibrary.Search.Model;

/// <summary>A clause search: the document search's query, filters and page, and the clause kinds wanted.</summary>
public sealed record ClauseSearchRequest
{
    /// <summary>The query text, the document filters (facets, years, review date) and the page; its sort is not used.</summary>
    public SearchRequest Search { get; init; } = new();

    /// <summary>Clause kind ids or labels (OR); empty for every kind.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
}
