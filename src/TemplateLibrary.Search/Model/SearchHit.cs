using System.Text.Json.Serialization;

namespace TemplateLibrary.Search.Model;

/// <summary>One document in a result list.</summary>
public sealed record SearchHit
{
    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>The display title.</summary>
    public required string Title { get; init; }

    /// <summary>The document's primary file path.</summary>
    public required string Path { get; init; }

    /// <summary>The format id (docx, pdf, md…).</summary>
    public required string Format { get; init; }

    /// <summary>Relevance score, higher is better; 0 when there is no text query.</summary>
    public double Score { get; init; }

    /// <summary>A short passage with the matched terms marked.</summary>
    public required HighlightedText Snippet { get; init; }

    /// <summary>The page the snippet is on, for paged formats (PDF); null otherwise.</summary>
    public int? Page { get; init; }

    /// <summary>The primary (first effective) category, if any.</summary>
    public string? Category { get; init; }

    /// <summary>Every effective category.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The first effective delivery model, if any.</summary>
    public string? Model { get; init; }

    /// <summary>Every effective delivery model.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>The first effective document type, if any.</summary>
    public string? Type { get; init; }

    /// <summary>Every effective document type.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Statutory powers cited.</summary>
    public IReadOnlyList<string> Powers { get; init; } = [];

    /// <summary>Councils named.</summary>
    public IReadOnlyList<string> Councils { get; init; } = [];

    /// <summary>Partner bodies named (NHS, police, fire, combined authorities, parish councils).</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>For the current version of a family, how many earlier versions it has (0 without others).</summary>
    public int EarlierVersions { get; init; }

    /// <summary>For an earlier version (shown with every version), the id of the family's current version; null otherwise.</summary>
    public string? CurrentVersionId { get; init; }

    /// <summary>The document's year, if known.</summary>
    public int? Year { get; init; }

    /// <summary>The summary a librarian or the file supplied, in exports (<see cref="LibraryIndex.SearchAll"/>); null in a page of results.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; init; }
}
