namespace TemplateLibrary.Core.Agreements;

/// <summary>When the agreement is due for review: a first review date and, when it says so, how often after that.</summary>
/// <param name="Value">The first review date, ISO 8601 to the precision written ("2016-03-31", "2022-01"); null when only a cycle is known.</param>
/// <param name="Date">The first day <see cref="Value"/> covers; null when only a cycle is known.</param>
/// <param name="EveryMonths">The review cycle in months ("every three years" is 36); null when none is stated.</param>
/// <param name="Evidence">Where the review was read.</param>
public sealed record ReviewFact(string? Value, DateOnly? Date, int? EveryMonths, FactEvidence Evidence)
{
    /// <summary>The first review date on or after <paramref name="from"/>: the stated date, then every cycle after it; null when none.</summary>
    public DateOnly? NextDue(DateOnly from)
    {
        if (Date is not { } date)
        {
            return null;
        }

        if (EveryMonths is not { } every || every <= 0)
        {
            return date >= from ? date : null;
        }

        while (date < from)
        {
            date = date.AddMonths(every);
        }

        return date;
    }
}
