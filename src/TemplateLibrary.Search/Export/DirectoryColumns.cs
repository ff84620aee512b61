using System.Globalization;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Search.Export;

/// <summary>The columns of the directory's CSV export and an arrangement's value in each: several values are joined with
/// "; ", sums in pounds are plain numbers a spreadsheet can add up.</summary>
internal static class DirectoryColumns
{
    private const string Separator = "; ";

    /// <summary>The header.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "id", "name", "service", "other_services", "vehicle", "status", "start_year", "partner_count", "partners", "regions",
        "documents", "document_ids", "planned_annual_saving", "achieved_annual_saving", "savings",
    ];

    /// <summary>The arrangement's values; <paramref name="label"/> labels a directory facet's value.</summary>
    public static IReadOnlyList<string> Row(Partnership p, Func<string, string, string> label) =>
    [
        p.Id,
        p.Name,
        p.CategoryLabel,
        string.Join(Separator, p.Categories.Where(c => c != p.Category).Select(c => label(PartnershipFacets.Category, c))),
        p.ModelLabel ?? string.Empty,
        p.Status ?? string.Empty,
        p.StartYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        p.Members.Count.ToString(CultureInfo.InvariantCulture),
        string.Join(Separator, p.Members.Select(m => $"{m.Name} ({m.Role})")),
        string.Join(Separator, p.Regions.Select(r => label(PartnershipFacets.Region, r))),
        p.Documents.Count.ToString(CultureInfo.InvariantCulture),
        string.Join(Separator, p.Documents.Select(d => d.Id)),
        AnnualSaving(p, SavingStages.Planned),
        AnnualSaving(p, SavingStages.Achieved),
        string.Join(Separator, p.Savings.Select(s => $"{SavingText.Of(s)} [{s.DocumentId}]")),
    ];

    // The annual savings in pounds the arrangement's documents state at a stage, added up; empty when none states one.
    private static string AnnualSaving(Partnership p, string stage)
    {
        var amounts = p.Savings
            .Where(s => s.Kind == SavingKinds.Saving && s.Period == SavingPeriods.Annual && s.Stage == stage && s.Amount is not null)
            .Select(s => s.Amount!.Value)
            .ToList();
        return amounts.Count == 0 ? string.Empty : amounts.Sum().ToString("0.##", CultureInfo.InvariantCulture);
    }
}
