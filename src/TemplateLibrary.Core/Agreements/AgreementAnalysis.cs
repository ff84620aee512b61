using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Core.Agreements;

/// <summary>An agreement read clause by clause: its segments with their kinds, and the facts it states.</summary>
public sealed record AgreementAnalysis
{
    /// <summary>Nothing read: the document is not of a type whose clauses are read, or it has no text.</summary>
    public static AgreementAnalysis None { get; } = new();

    /// <summary>The segments in document order; units (clauses, sections, schedules) carry their kinds.</summary>
    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    /// <summary>Parties, dates, term, notice period and review, with evidence.</summary>
    public AgreementFacts Facts { get; init; } = AgreementFacts.None;
}
