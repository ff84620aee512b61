using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Search.Insights;

/// <summary>A document that reports savings or costs, with the arrangement it is about.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Year">Its year, when tagged.</param>
/// <param name="PartnershipId">The arrangement's id.</param>
/// <param name="PartnershipName">The arrangement's name.</param>
/// <param name="Savings">What it reports, each with its sentence.</param>
public sealed record SavingSource(string DocumentId, string Title, int? Year, string PartnershipId, string PartnershipName, IReadOnlyList<ReportedSaving> Savings);
