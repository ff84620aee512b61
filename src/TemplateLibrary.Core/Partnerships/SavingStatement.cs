namespace TemplateLibrary.Core.Partnerships;

/// <summary>A saving or a cost a document reports, with the sentence it was read from.</summary>
/// <param name="Kind">One of <see cref="SavingKinds"/>.</param>
/// <param name="Amount">The amount in pounds, when a sum is given.</param>
/// <param name="Percent">The percentage, when one is given (alone or beside the sum).</param>
/// <param name="UpTo">The top of a range ("£20,000 to £40,000"), when one is given.</param>
/// <param name="Period">One of <see cref="SavingPeriods"/>.</param>
/// <param name="Stage">One of <see cref="SavingStages"/>.</param>
/// <param name="Evidence">The sentence the figure is in.</param>
/// <param name="Start">Where the paragraph holding the sentence starts in the document's text.</param>
public sealed record SavingStatement(string Kind, decimal? Amount, decimal? Percent, decimal? UpTo, string Period, string Stage, string Evidence, int Start);
