namespace TemplateLibrary.Core.Agreements;

/// <summary>A date the agreement states, to the precision it states it.</summary>
/// <param name="Value">ISO 8601 to the precision written: "2013-03-27", "2022-01" or "2016".</param>
/// <param name="Date">The first day the value covers, for filtering and sorting.</param>
/// <param name="Evidence">Where the date was read.</param>
public sealed record DatedFact(string Value, DateOnly Date, FactEvidence Evidence);
