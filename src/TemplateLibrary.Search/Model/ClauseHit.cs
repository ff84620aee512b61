namespace TemplateLibrary.Search.Model;

/// <summary>One clause in a clause search's results.</summary>
public sealed record ClauseHit
{
    /// <summary>The clause id: "{documentId}#{anchor}" (see <see cref="ClauseId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The agreement's document id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The agreement's title.</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>The clause's fragment id in its document page ("clause-12").</summary>
    public required string Anchor { get; init; }

    /// <summary>The clause number as written ("12", "Schedule 3"), or null.</summary>
    public string? Number { get; init; }

    /// <summary>The clause's number and heading on one line.</summary>
    public required string Caption { get; init; }

    /// <summary>The page the clause starts on (paged formats), or null.</summary>
    public int? Page { get; init; }

    /// <summary>The clause kind ids, strongest first.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Relevance score, higher is better; 0 when there is no text query.</summary>
    public double Score { get; init; }

    /// <summary>A passage of the clause with the matched terms marked (its opening when the query has no words).</summary>
    public required HighlightedText Snippet { get; init; }
}
