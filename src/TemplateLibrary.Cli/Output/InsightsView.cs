using Spectre.Console;
using TemplateLibrary.Search.Insights;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Cli.Output;

/// <summary>Prints the library's headline figures for a person.</summary>
internal static class InsightsView
{
    public static void Write(IAnsiConsole console, LibraryInsights insights)
    {
        console.MarkupLine($"[bold]{insights.Arrangements}[/] arrangement{Plural(insights.Arrangements)}: {Counts(insights.Statuses)}");
        console.MarkupLine($"[bold]{insights.Memberships}[/] partnership members (each partner once per arrangement): {insights.MemberCouncils} council{Plural(insights.MemberCouncils)} and {insights.OtherBodies} other bod{(insights.OtherBodies == 1 ? "y" : "ies")}");
        console.MarkupLine("[bold]Services most shared[/] (councils, arrangements):");
        foreach (var (service, rank) in insights.Services.Select((s, i) => (s, i + 1)))
        {
            console.MarkupLine($"  {rank,2}. {Markup.Escape(service.Label)}: {service.Councils} council{Plural(service.Councils)}, {service.Arrangements} arrangement{Plural(service.Arrangements)}");
        }

        console.MarkupLine($"[bold]Vehicles:[/] {Counts(insights.Vehicles)}");
        console.MarkupLine("[bold]Most sharing by region[/] (council memberships, councils, arrangements):");
        foreach (var region in insights.Regions)
        {
            console.MarkupLine($"  {Markup.Escape(region.Label)}: {region.Memberships}, {region.Councils}, {region.Arrangements}");
        }

        console.MarkupLine($"[bold]Councils in the most arrangements:[/] {Markup.Escape(string.Join(", ", insights.MostSharingCouncils.Select(c => $"{c.Name} {c.Arrangements}")))}");
        console.MarkupLine($"[bold]Partners:[/] {Counts(insights.PartnerCounts)}");
        console.MarkupLine($"[bold]Started:[/] {Counts(insights.StartYears)}");
        var reported = insights.SavingTotals.Where(t => t.Statements > 0).ToList();
        console.MarkupLine($"[bold]Savings and costs reported[/] by {insights.ArrangementsReportingSavings} arrangement{Plural(insights.ArrangementsReportingSavings)} in {insights.SavingSources.Count} document{Plural(insights.SavingSources.Count)}:");
        foreach (var total in reported)
        {
            var sum = total.WithAmount > 0 ? SavingText.Money(total.Amount) : "no sum in pounds";
            console.MarkupLine($"  {total.Kind}, {total.Stage}, {SavingPeriodLabels.Of(total.Period).ToLowerInvariant()}: {Markup.Escape(sum)} from {total.Statements} statement{Plural(total.Statements)} ({total.WithAmount} with a sum) in {Markup.Escape(string.Join(", ", total.Documents))}");
        }

        foreach (var source in insights.SavingSources)
        {
            console.MarkupLine($"  [grey]{Markup.Escape(source.DocumentId)}[/] {Markup.Escape(source.Title)}: {Markup.Escape(string.Join("; ", source.Savings.Select(SavingText.Of)))}");
        }
    }

    private static string Counts(IReadOnlyList<FacetCount> counts) =>
        Markup.Escape(string.Join(", ", counts.Select(c => $"{c.Label} {c.Count}")));

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
