using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Partnerships;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>What the grouping needs of one document: its tags, its agreement's parties and dates, and what its text reports.</summary>
internal sealed record DocumentFacts
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Models { get; init; } = [];

    public IReadOnlyList<string> Councils { get; init; } = [];

    public IReadOnlyList<string> Partners { get; init; } = [];

    public IReadOnlyList<AgreementParty> Parties { get; init; } = [];

    public DatedFact? Commencement { get; init; }

    public IReadOnlyList<SavingStatement> Savings { get; init; } = [];

    public ArrangementStatus? Status { get; init; }

    public IReadOnlyList<StatedRole> StatedRoles { get; init; } = [];
}
