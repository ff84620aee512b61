namespace TemplateLibrary.Core.Agreements;

/// <summary>What an agreement says about itself: parties and roles, dates, term, notice period and review, each with its evidence.</summary>
public sealed record AgreementFacts
{
    /// <summary>No facts found.</summary>
    public static AgreementFacts None { get; } = new();

    /// <summary>The parties in the order the agreement lists them.</summary>
    public IReadOnlyList<AgreementParty> Parties { get; init; } = [];

    /// <summary>The date of the agreement ("THIS AGREEMENT is dated …").</summary>
    public DatedFact? AgreementDate { get; init; }

    /// <summary>When the agreement (or the arrangement) starts.</summary>
    public DatedFact? CommencementDate { get; init; }

    /// <summary>When the agreement ends, if it has a fixed end.</summary>
    public DatedFact? EndDate { get; init; }

    /// <summary>The term, or the minimum period after which it runs on.</summary>
    public PeriodFact? Term { get; init; }

    /// <summary>The notice a party must give to withdraw or to terminate.</summary>
    public PeriodFact? NoticePeriod { get; init; }

    /// <summary>When the agreement is due for review.</summary>
    public ReviewFact? Review { get; init; }
}
