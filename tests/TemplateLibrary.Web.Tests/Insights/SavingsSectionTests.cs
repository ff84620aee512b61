using TemplateLibrary.Search.Insights;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Insights;

namespace TemplateLibrary.Web.Tests.Insights;

public sealed class SavingsSectionTests
{
    [Fact]
    public void Render_PlannedAndAchievedSavings_TotalsByPeriodAndEachDocumentLinkedWithItsSentence()
    {
        var planned = new ReportedSaving("doc-a", "saving", 250_000m, 14m, null, "annual", "planned", "A saving of £250,000 a year (14 per cent).");
        var achieved = new ReportedSaving("doc-b", "saving", 390_000m, null, null, "annual", "achieved", "It completed six joint procurements, saving about £390,000 a year.");
        var insights = new LibraryInsights
        {
            Arrangements = 2,
            ArrangementsReportingSavings = 2,
            SavingTotals =
            [
                new SavingTotal("saving", "planned", "annual", 1, 1, 250_000m, ["doc-a"]),
                new SavingTotal("saving", "achieved", "annual", 1, 1, 390_000m, ["doc-b"]),
                new SavingTotal("saving", "planned", "one-off", 0, 0, 0m, []),
            ],
            SavingSources =
            [
                new SavingSource("doc-a", "Legal business case", 2015, "legal-1", "Legal: A, B", [planned]),
                new SavingSource("doc-b", "Procurement <case study>", null, "procurement-1", "Procurement: C, D", [achieved]),
            ],
        };

        var html = InsightsPage.Render(insights);

        html.Should().Contain("<strong>£250,000</strong> a year planned, <strong>£390,000</strong> a year achieved");
        html.Should().Contain("<tr><th scope=\"row\">Saving, planned, annual</th><td class=\"num\">£250,000</td>");
        html.Should().Contain("<tr><th scope=\"row\">Saving, achieved, annual</th><td class=\"num\">£390,000</td>");
        html.Should().NotContain("Saving, planned, one-off", "a combination nothing reports is left out of the table");
        html.Should().Contain("<a href=\"/documents/doc-a\">Legal business case</a> <span class=\"count\">2015</span> · Legal: A, B");
        html.Should().Contain("<a href=\"/documents/doc-b\">Procurement &lt;case study&gt;</a>");
        html.Should().Contain("<strong>saving £390,000 a year, achieved</strong> <span class=\"evidence\">“It completed six joint procurements, saving about £390,000 a year.”</span>");
    }
}
