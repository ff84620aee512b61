namespace TemplateLibrary.Core.Clauses;

/// <summary>The numbering at the start of a line and what follows it.</summary>
/// <param name="Kind">The kind of numbering.</param>
/// <param name="Keyword">The keyword as written for keyword, schedule and part markers ("Article", "SCHEDULE"); null otherwise.</param>
/// <param name="Id">The number or letter: "12", "12.1", "3", "A", "iv".</param>
/// <param name="Label">The number as the clause is known: "12", "12.1", "Schedule 3", "Article 4", "(a)".</param>
/// <param name="Rest">The text after the numbering, trimmed.</param>
/// <param name="Dotted">True when a full stop follows a plain number ("12.").</param>
internal sealed record ClauseMarker(ClauseMarkerKind Kind, string? Keyword, string Id, string Label, string Rest, bool Dotted)
{
    /// <summary>The parts of a plain number: "12.1" gives [12, 1]; empty for other kinds.</summary>
    public IReadOnlyList<int> Parts { get; init; } = [];

    /// <summary>True for a plain number without inner dots ("12." or "12").</summary>
    public bool IsTopNumber => Kind == ClauseMarkerKind.Number && Parts.Count == 1;
}
