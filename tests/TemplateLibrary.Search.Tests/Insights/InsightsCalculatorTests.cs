using TemplateLibrary.Search.Insights;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Search.Tests.Support;
using static TemplateLibrary.Search.Tests.Support.PartnershipLibrary;

namespace TemplateLibrary.Search.Tests.Insights;

/// <summary>Each test has its own index (xunit makes a new instance per test).</summary>
public sealed class InsightsCalculatorTests : IDisposable
{
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Of_ThreeKnownArrangements_CountsArrangementsMembersServicesVehiclesAndYears()
    {
        Seed(temp);

        var insights = InsightsCalculator.Of(temp.Index.Partnerships);

        insights.Arrangements.Should().Be(3);
        insights.Statuses.Select(s => (s.Value, s.Count)).Should().Equal(("proposed", 0), ("operational", 1), ("dissolved", 0), ("unknown", 2));
        insights.Memberships.Should().Be(7, "2 + 2 + 3 partners");
        insights.MemberCouncils.Should().Be(5);
        insights.OtherBodies.Should().Be(0);
        insights.Services.Should().Equal(new ServiceShare("legal", "Legal", 2, 4), new ServiceShare("ict-digital", "ICT & Digital", 1, 3));
        insights.Vehicles.Select(v => (v.Value, v.Count)).Should().Equal(("joint-committee", 2), ("lead-authority", 1));
        insights.PartnerCounts.Select(p => (p.Value, p.Label, p.Count)).Should().Equal(("2", "2 partners", 2), ("3", "3 partners", 1));
        insights.StartYears.Select(y => (y.Value, y.Count)).Should().Equal(("2013", 1), ("2016", 1), ("2020", 1));
    }

    [Fact]
    public void Of_ThreeKnownArrangements_RegionsByMembershipsAndCouncilsByArrangements()
    {
        Seed(temp);

        var insights = InsightsCalculator.Of(temp.Index.Partnerships);

        insights.Regions.Should().Equal(
            new RegionShare("london", "London", 2, 3, 2),
            new RegionShare("north-west", "North West", 2, 3, 2),
            new RegionShare("sample", "Sample library (fictional)", 1, 1, 1));
        insights.MostSharingCouncils.Take(2).Select(c => (c.Name, c.Arrangements)).Should().Equal((Blackpool, 2), (Barking, 2));
        insights.MostSharingCouncils.Skip(2).Should().OnlyContain(c => c.Arrangements == 1).And.HaveCount(3);
    }

    [Fact]
    public void Of_ThreeKnownArrangements_SavingsPlannedAndAchievedByPeriodWithTheirDocuments()
    {
        Seed(temp);

        var insights = InsightsCalculator.Of(temp.Index.Partnerships);

        insights.ArrangementsReportingSavings.Should().Be(3);
        insights.SavingTotals.Should().HaveCount(16, "every kind, stage and period, reported or not");
        insights.SavingTotals.Where(t => t.Statements > 0).Select(t => (t.Kind, t.Stage, t.Period, t.Statements, t.Amount, string.Join(",", t.Documents))).Should().Equal(
            ("saving", "planned", "annual", 1, 250_000m, "london-case"),
            ("saving", "achieved", "annual", 1, 390_000m, "north-news"),
            ("cost", "planned", "one-off", 1, 680_000m, "ict-case"));
        insights.SavingSources.Select(s => (s.DocumentId, s.Title)).Should().BeEquivalentTo([
            ("london-case", "Shared legal service business case"), ("north-news", "Shared legal service goes live"), ("ict-case", "Joint ICT company business case")]);
        insights.SavingSources.Single(s => s.DocumentId == "north-news").Savings.Should().ContainSingle().Which.Evidence.Should().Contain("saving about £390,000 a year");
    }

    [Fact]
    public void Of_EmptyLibrary_ZeroesAndEmptyLists()
    {
        var insights = InsightsCalculator.Of(temp.Index.Partnerships);

        insights.Arrangements.Should().Be(0);
        insights.Statuses.Should().OnlyContain(s => s.Count == 0);
        insights.Services.Should().BeEmpty();
        insights.SavingSources.Should().BeEmpty();
        insights.SavingTotals.Should().OnlyContain(t => t.Statements == 0 && t.Amount == 0m);
    }

    [Fact]
    public void Compute_PercentOnlyRangeAndUnstatedFacts_CountedNotSummedLowerEndNotStatedLast()
    {
        var bare = new Partnership
        {
            Id = "legal-1",
            Name = "Legal: A, B",
            Category = "legal",
            Members = [new PartnershipMember("A Council", PartnershipRoles.Host, true, null), new PartnershipMember("B Council", PartnershipRoles.Partner, true, null)],
            Documents = [new PartnershipDocument("d1", "Case", "case-study", 2020)],
            Savings =
            [
                new ReportedSaving("d1", "saving", null, 10m, null, "annual", "achieved", "A 10% cut a year."),
                new ReportedSaving("d1", "saving", 20_000m, null, 40_000m, "annual", "achieved", "£20,000 to £40,000 a year."),
            ],
        };
        var dated = bare with { Id = "legal-2", Model = "joint-committee", StartYear = 2019, Savings = [] };

        var insights = InsightsCalculator.Compute([bare, dated], [], (facet, value) => facet + ":" + value);

        var achieved = insights.SavingTotals.Single(t => t is { Kind: "saving", Stage: "achieved", Period: "annual" });
        achieved.Should().Be(achieved with { Statements = 2, WithAmount = 1, Amount = 20_000m });
        insights.Vehicles.Select(v => (v.Value, v.Count)).Should().Equal(("joint-committee", 1), (LibraryInsights.NotStated, 1));
        insights.StartYears.Select(y => (y.Value, y.Count)).Should().Equal(("2019", 1), (LibraryInsights.NotStated, 1));
        insights.Regions.Should().Equal(new RegionShare(LibraryInsights.NotStated, "Region not known", 2, 4, 2));
        insights.Memberships.Should().Be(4);
        insights.MemberCouncils.Should().Be(2);
        insights.ArrangementsReportingSavings.Should().Be(1);
    }
}
