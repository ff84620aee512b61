namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>One labelled agreement's facts; an empty string means the agreement does not state the fact.</summary>
internal sealed record FactLabel(
    string Source,
    IReadOnlyList<(string Name, string Role)> Parties,
    string AgreementDate,
    string CommencementDate,
    string EndDate,
    string Term,
    string NoticePeriod,
    string ReviewDate,
    string Split);
