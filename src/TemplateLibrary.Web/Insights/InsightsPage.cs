using System.Globalization;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Search.Insights;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;
using TemplateLibrary.Web.Partnerships;

namespace TemplateLibrary.Web.Insights;

/// <summary>The insights page: the library's headline figures, then a chart (a table with bars) for each, each label a
/// link to the directory filtered on it, and the savings and costs reported with the documents they come from.</summary>
internal static class InsightsPage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/insights";

    public static string Render(LibraryInsights insights)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Insights", "insights");
        html.Raw("<h1>Insights</h1><p>The shared-service arrangements the library's documents describe, counted the way the national shared services map counts its own. ")
            .Link(PartnershipParameters.Path, "The directory").Raw(" lists them (")
            .Link(DirectoryExportEndpoints.UrlFor(new PartnershipQuery()), "as a spreadsheet (CSV)", "insights-export").Raw(").</p>");
        if (insights.Arrangements == 0)
        {
            html.Raw("<div class=\"notice empty\"><p>The library holds no arrangement yet: documents naming two or more partner councils and a service make one.</p></div>");
            return Layout.End(html).ToString();
        }

        Headlines(html, insights);
        html.Raw("<h2>Arrangements</h2>");
        BarChart.Write(html, "chart-status", "Arrangements by status", "Status", "Arrangements", Rows(insights.Statuses, PartnershipFacets.Status));
        Services(html, insights.Services);
        BarChart.Write(html, "chart-vehicles", "Vehicles used", "Vehicle", "Arrangements", Rows(insights.Vehicles, PartnershipFacets.Model));
        Regions(html, insights);
        BarChart.Write(html, "chart-partners", "Arrangements by number of partners", "Partners", "Arrangements", Rows(insights.PartnerCounts, PartnershipFacets.Partners));
        BarChart.Write(html, "chart-years", "Arrangements by start year", "Started", "Arrangements", [.. insights.StartYears.Select(c => new BarRow(
            c.Label,
            c.Value == LibraryInsights.NotStated ? null : $"{PartnershipParameters.Path}?year-from={c.Value}&year-to={c.Value}",
            c.Count,
            Count(c.Count)))]);
        SavingsSection.Write(html, insights);
        return Layout.End(html).ToString();
    }

    private static void Headlines(HtmlWriter html, LibraryInsights insights)
    {
        var operational = insights.Statuses.FirstOrDefault(s => s.Value == ArrangementStatuses.Operational)?.Count ?? 0;
        html.Raw("<ul class=\"headline-figures\"><li><strong>").Number(insights.Arrangements).Raw("</strong> ").Raw(insights.Arrangements == 1 ? "arrangement" : "arrangements")
            .Raw(", ").Number(operational).Raw(" of them stated to be operational</li>")
            .Raw("<li><strong>").Number(insights.Memberships).Raw("</strong> partnership members (each partner counted once per arrangement): ")
            .Number(insights.MemberCouncils).Raw(insights.MemberCouncils == 1 ? " council and " : " councils and ")
            .Number(insights.OtherBodies).Raw(insights.OtherBodies == 1 ? " other public body</li>" : " other public bodies</li>");
        if (insights.Services.FirstOrDefault() is { } top)
        {
            html.Raw("<li>More councils share <strong>").Text(top.Label).Raw("</strong> than any other service: ").Number(top.Councils)
                .Raw(top.Councils == 1 ? " council in " : " councils in ").Number(top.Arrangements).Raw(top.Arrangements == 1 ? " arrangement</li>" : " arrangements</li>");
        }

        if (insights.Regions.FirstOrDefault(r => r.Region != LibraryInsights.NotStated) is { } region)
        {
            html.Raw("<li>Most sharing in <strong>").Text(region.Label).Raw("</strong>: ").Number(region.Memberships).Raw(" council memberships of ")
                .Number(region.Arrangements).Raw(region.Arrangements == 1 ? " arrangement</li>" : " arrangements</li>");
        }

        html.Raw("<li>Savings reported: ");
        var annual = insights.SavingTotals.Where(t => t.Kind == SavingKinds.Saving && t.Period == SavingPeriods.Annual && t.WithAmount > 0).ToList();
        if (annual.Count == 0)
        {
            html.Raw("no annual saving in pounds");
        }

        html.Raw(string.Join(", ", annual.Select(t => $"<strong>{HtmlWriter.Encode(SavingText.Money(t.Amount))}</strong> a year {t.Stage}")))
            .Raw(" (").Link("#savings", "by " + Count(insights.ArrangementsReportingSavings) + (insights.ArrangementsReportingSavings == 1 ? " arrangement" : " arrangements")).Raw(")</li></ul>");
    }

    private static void Services(HtmlWriter html, IReadOnlyList<ServiceShare> services) =>
        BarChart.Write(html, "chart-services", "Services most shared: councils sharing each service", "Service", "Councils (arrangements)", [.. services.Select(s => new BarRow(
            s.Label,
            PartnershipParameters.Url(PartnershipFacets.Category, s.Category),
            s.Councils,
            $"{Count(s.Councils)} ({Count(s.Arrangements)})"))]);

    private static void Regions(HtmlWriter html, LibraryInsights insights)
    {
        BarChart.Write(html, "chart-regions", "Most sharing by region: council memberships (councils of the region once per arrangement)", "Region", "Memberships (councils, arrangements)", [.. insights.Regions.Select(r => new BarRow(
            r.Label,
            r.Region == LibraryInsights.NotStated ? null : PartnershipParameters.Url(PartnershipFacets.Region, r.Region),
            r.Memberships,
            $"{Count(r.Memberships)} ({Count(r.Councils)}, {Count(r.Arrangements)})"))]);
        BarChart.Write(html, "chart-councils", "Councils in the most arrangements", "Council", "Arrangements", [.. insights.MostSharingCouncils.Select(c => new BarRow(
            c.Name, PartnershipParameters.CouncilUrl(c.Name), c.Arrangements, Count(c.Arrangements)))]);
    }

    private static List<BarRow> Rows(IReadOnlyList<FacetCount> counts, string facet) =>
        [.. counts.Select(c => new BarRow(
            c.Label,
            c.Value == LibraryInsights.NotStated && facet != PartnershipFacets.Status ? null : PartnershipParameters.Url(facet, c.Value),
            c.Count,
            Count(c.Count)))];

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
