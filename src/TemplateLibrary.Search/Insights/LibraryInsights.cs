using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Search.Insights;

/// <summary>The library's headline figures, as the national shared services map reports its own: how many arrangements
/// and members, the services most shared, the vehicles used, where sharing happens, and the savings the documents
/// report. The one shape the insights page, /api/insights and <c>templib insights</c> show.</summary>
public sealed record LibraryInsights
{
    /// <summary>The value of a vehicle, start year or region no document gives.</summary>
    public const string NotStated = "unknown";

    /// <summary>How many arrangements the directory holds.</summary>
    public int Arrangements { get; init; }

    /// <summary>Arrangements by status: operational, proposed, dissolved, then those no document gives a state
    /// (<see cref="PartnershipFacets.UnknownStatus"/>).</summary>
    public IReadOnlyList<FacetCount> Statuses { get; init; } = [];

    /// <summary>Partnership members as the national map counts them: every partner counted once per arrangement it is in.</summary>
    public int Memberships { get; init; }

    /// <summary>Distinct councils in at least one arrangement.</summary>
    public int MemberCouncils { get; init; }

    /// <summary>Distinct other public bodies (NHS, police, fire…) in at least one arrangement.</summary>
    public int OtherBodies { get; init; }

    /// <summary>Services by how many councils share them, most first (then by arrangements).</summary>
    public IReadOnlyList<ServiceShare> Services { get; init; } = [];

    /// <summary>Arrangements by delivery vehicle, most first; <see cref="NotStated"/> last.</summary>
    public IReadOnlyList<FacetCount> Vehicles { get; init; } = [];

    /// <summary>Regions by council memberships, most first; councils the gazetteer places in no region last.</summary>
    public IReadOnlyList<RegionShare> Regions { get; init; } = [];

    /// <summary>The councils in the most arrangements (at most <see cref="InsightsCalculator.TopCouncils"/>).</summary>
    public IReadOnlyList<CouncilCount> MostSharingCouncils { get; init; } = [];

    /// <summary>Arrangements by number of partners: 2, 3, 4, 5+.</summary>
    public IReadOnlyList<FacetCount> PartnerCounts { get; init; } = [];

    /// <summary>Arrangements by start year, earliest first; <see cref="NotStated"/> last.</summary>
    public IReadOnlyList<FacetCount> StartYears { get; init; } = [];

    /// <summary>How many arrangements report at least one saving or cost.</summary>
    public int ArrangementsReportingSavings { get; init; }

    /// <summary>Reported savings and costs summed by kind, stage and period: every combination, in a fixed order.</summary>
    public IReadOnlyList<SavingTotal> SavingTotals { get; init; } = [];

    /// <summary>The documents the savings and costs are read from, each with its statements.</summary>
    public IReadOnlyList<SavingSource> SavingSources { get; init; } = [];
}
