namespace TemplateLibrary.Search.Partnerships;

/// <summary>A saving or cost a document reports (see <c>TemplateLibrary.Core.Partnerships.SavingsReader</c>).</summary>
/// <param name="DocumentId">The document it is read from.</param>
/// <param name="Kind">saving or cost.</param>
/// <param name="Amount">Pounds, when a sum is given.</param>
/// <param name="Percent">The percentage, when one is given.</param>
/// <param name="UpTo">The top of a range, when one is given.</param>
/// <param name="Period">annual, one-off, total or unknown.</param>
/// <param name="Stage">planned or achieved.</param>
/// <param name="Evidence">The sentence.</param>
public sealed record ReportedSaving(string DocumentId, string Kind, decimal? Amount, decimal? Percent, decimal? UpTo, string Period, string Stage, string Evidence);
