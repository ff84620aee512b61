using System.Globalization;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Search.Insights;

/// <summary>Computes the library's headline figures from the partnerships directory's arrangements.</summary>
public static class InsightsCalculator
{
    /// <summary>How many of the councils in the most arrangements are listed.</summary>
    public const int TopCouncils = 10;

    private const string NotStatedLabel = "Not stated";

    private static readonly string[] Kinds = [SavingKinds.Saving, SavingKinds.Cost];
    private static readonly string[] Stages = [SavingStages.Planned, SavingStages.Achieved];
    private static readonly string[] Periods = [SavingPeriods.Annual, SavingPeriods.OneOff, SavingPeriods.Total, SavingPeriods.Unknown];

    /// <summary>The figures for every arrangement the directory holds now.</summary>
    public static LibraryInsights Of(PartnershipDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Compute(directory.All(), directory.CountByCouncil(new PartnershipQuery()), directory.LabelOf);
    }

    /// <summary>The figures for the arrangements; <paramref name="councils"/> are every council with its number of
    /// arrangements, most first; <paramref name="label"/> labels a directory facet's value.</summary>
    internal static LibraryInsights Compute(IReadOnlyList<Partnership> all, IReadOnlyList<CouncilCount> councils, Func<string, string, string> label)
    {
        var statements = all
            .SelectMany(p => p.Savings.Select(s => (Partnership: p, Saving: s)))
            .DistinctBy(x => (x.Partnership.Id, x.Saving))
            .ToList();
        return new LibraryInsights
        {
            Arrangements = all.Count,
            Statuses = [.. ArrangementStatuses.All.Append(PartnershipFacets.UnknownStatus).Select(s => new FacetCount(
                s,
                s == PartnershipFacets.UnknownStatus ? NotStatedLabel : label(PartnershipFacets.Status, s),
                all.Count(p => (p.Status ?? PartnershipFacets.UnknownStatus) == s)))],
            Memberships = all.Sum(p => p.Members.Count),
            MemberCouncils = Distinct(all.SelectMany(p => p.Members.Where(m => m.IsCouncil))),
            OtherBodies = Distinct(all.SelectMany(p => p.Members.Where(m => !m.IsCouncil))),
            Services = [.. all
                .GroupBy(p => p.Category, StringComparer.Ordinal)
                .Select(g => new ServiceShare(g.Key, label(PartnershipFacets.Category, g.Key), g.Count(), Distinct(g.SelectMany(p => p.Members.Where(m => m.IsCouncil)))))
                .OrderByDescending(s => s.Councils).ThenByDescending(s => s.Arrangements).ThenBy(s => s.Label, StringComparer.OrdinalIgnoreCase)],
            Vehicles = Counted(all.Select(p => p.Model), v => label(PartnershipFacets.Model, v), byCount: true),
            Regions = Regions(all, label),
            MostSharingCouncils = [.. councils.Take(TopCouncils)],
            PartnerCounts = [.. all
                .GroupBy(p => PartnershipFacets.PartnerBucket(p.Members.Count), StringComparer.Ordinal)
                .Select(g => new FacetCount(g.Key, label(PartnershipFacets.Partners, g.Key), g.Count()))
                .OrderBy(c => c.Value, StringComparer.Ordinal)],
            StartYears = Counted(all.Select(p => p.StartYear?.ToString(CultureInfo.InvariantCulture)), y => y, byCount: false),
            ArrangementsReportingSavings = all.Count(p => p.Savings.Count > 0),
            SavingTotals = [.. Kinds.SelectMany(kind => Stages.SelectMany(stage => Periods.Select(period => Total(kind, stage, period, statements.Select(x => x.Saving)))))],
            SavingSources = [.. statements
                .GroupBy(x => (x.Partnership.Id, x.Saving.DocumentId))
                .Select(g => Source(g.First().Partnership, g.Key.DocumentId, [.. g.Select(x => x.Saving)]))
                .OrderBy(s => s.PartnershipName, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)],
        };
    }

    private static int Distinct(IEnumerable<PartnershipMember> members) =>
        members.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    // Values counted with their labels, the missing ones last as "Not stated".
    private static List<FacetCount> Counted(IEnumerable<string?> values, Func<string, string> label, bool byCount)
    {
        var list = values.ToList();
        var known = list.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, label(g.Key), g.Count()));
        var ordered = byCount
            ? known.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).ToList()
            : known.OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        var missing = list.Count(v => v is null);
        if (missing > 0)
        {
            ordered.Add(new FacetCount(LibraryInsights.NotStated, NotStatedLabel, missing));
        }

        return ordered;
    }

    private static List<RegionShare> Regions(IReadOnlyList<Partnership> all, Func<string, string, string> label)
    {
        var memberships = all
            .SelectMany(p => p.Members.Where(m => m.IsCouncil).DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .Select(m => (Partnership: p.Id, Council: m.Name, Region: m.Region ?? LibraryInsights.NotStated)))
            .ToList();
        return [.. memberships
            .GroupBy(m => m.Region, StringComparer.Ordinal)
            .Select(g => new RegionShare(
                g.Key,
                g.Key == LibraryInsights.NotStated ? "Region not known" : label(PartnershipFacets.Region, g.Key),
                g.Select(m => m.Council).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                g.Count(),
                g.Select(m => m.Partnership).Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(r => r.Region == LibraryInsights.NotStated ? 1 : 0)
            .ThenByDescending(r => r.Memberships).ThenBy(r => r.Label, StringComparer.OrdinalIgnoreCase)];
    }

    private static SavingTotal Total(string kind, string stage, string period, IEnumerable<ReportedSaving> savings)
    {
        var matching = savings.Where(s => s.Kind == kind && s.Stage == stage && s.Period == period).ToList();
        return new SavingTotal(
            kind,
            stage,
            period,
            matching.Count,
            matching.Count(s => s.Amount is not null),
            matching.Sum(s => s.Amount ?? 0m),
            [.. matching.Select(s => s.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static SavingSource Source(Partnership partnership, string documentId, IReadOnlyList<ReportedSaving> savings)
    {
        var document = partnership.Documents.FirstOrDefault(d => string.Equals(d.Id, documentId, StringComparison.Ordinal));
        return new SavingSource(documentId, document?.Title ?? documentId, document?.Year, partnership.Id, partnership.Name, savings);
    }
}
