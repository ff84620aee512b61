using System.Globalization;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Search.Insights;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Insights;

/// <summary>The insights page's savings: the figures reported summed by kind, stage (planned, achieved) and period
/// (annual, one-off…), each with a bar and its number of documents, then every document (a link) with its statements and
/// sentences.</summary>
internal static class SavingsSection
{
    public static void Write(HtmlWriter html, LibraryInsights insights)
    {
        html.Raw("<h2 id=\"savings\">Savings and costs reported</h2><p>").Number(insights.ArrangementsReportingSavings)
            .Raw(insights.ArrangementsReportingSavings == 1 ? " arrangement reports" : " arrangements report").Raw(" savings or costs in ")
            .Number(insights.SavingSources.Count).Raw(insights.SavingSources.Count == 1 ? " document" : " documents")
            .Raw(". Sums add the figures the documents state (a range counts its lower end); a figure given only as a percentage is counted but not summed.</p>");
        var reported = insights.SavingTotals.Where(t => t.Statements > 0).ToList();
        if (reported.Count > 0)
        {
            var max = reported.Max(t => t.Amount);
            html.Raw("<figure class=\"chart\" id=\"chart-savings\"><table class=\"bars\"><caption>Reported figures by kind, stage and period</caption><thead><tr>")
                .Raw("<th scope=\"col\">Figure</th><th scope=\"col\" class=\"num\">Sum</th><th scope=\"col\"><span class=\"visually-hidden\">Bar</span></th>")
                .Raw("<th scope=\"col\" class=\"num\">Statements (with a sum)</th><th scope=\"col\" class=\"num\">Documents</th></tr></thead><tbody>");
            foreach (var total in reported)
            {
                html.Raw("<tr><th scope=\"row\">").Text(Heading(total)).Raw("</th><td class=\"num\">").Text(total.WithAmount > 0 ? SavingText.Money(total.Amount) : "none stated")
                    .Raw("</td><td>");
                BarChart.Bar(html, total.Amount, max);
                html.Raw("</td><td class=\"num\">").Number(total.Statements).Raw(" (").Number(total.WithAmount).Raw(")</td><td class=\"num\">")
                    .Number(total.Documents.Count).Raw("</td></tr>");
            }

            html.Raw("</tbody></table></figure>");
        }

        if (insights.SavingSources.Count == 0)
        {
            return;
        }

        html.Raw("<h3 id=\"saving-sources\">Where the figures come from</h3><ul class=\"saving-sources\">");
        foreach (var source in insights.SavingSources)
        {
            html.Raw("<li>").Link(DocumentPage.Url(source.DocumentId, null), source.Title);
            if (source.Year is { } year)
            {
                html.Raw(" <span class=\"count\">").Text(year.ToString(CultureInfo.InvariantCulture)).Raw("</span>");
            }

            html.Raw(" · ").Text(source.PartnershipName).Raw("<ul class=\"savings\">");
            foreach (var saving in source.Savings)
            {
                html.Raw("<li><strong>").Text(SavingText.Of(saving)).Raw("</strong> <span class=\"evidence\">“").Text(saving.Evidence).Raw("”</span></li>");
            }

            html.Raw("</ul></li>");
        }

        html.Raw("</ul>");
    }

    private static string Heading(SavingTotal total) =>
        $"{(total.Kind == SavingKinds.Cost ? "Cost" : "Saving")}, {total.Stage}, {SavingPeriodLabels.Of(total.Period).ToLowerInvariant()}";
}
