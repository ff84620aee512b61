namespace TemplateLibrary.Core.Agreements;

/// <summary>A length of time the agreement states: a term or a notice period.</summary>
/// <param name="Value">Normalised: "12 months", "90 days", "5 years"; a minimum term ends in " minimum".</param>
/// <param name="Months">The length in months (days count as days / 30.44), for filtering.</param>
/// <param name="Minimum">True when the period is a minimum ("not less than", "Minimum Period"), after which the agreement runs on.</param>
/// <param name="Evidence">Where the period was read.</param>
public sealed record PeriodFact(string Value, double Months, bool Minimum, FactEvidence Evidence);
