using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Search.Tests.Partnerships;

public sealed class ArrangementGrouperTests
{
    private const string Brackenford = "Brackenford District Council";
    private const string Saltmarsh = "Saltmarsh District Council";
    private const string Wendle = "Upper Wendle District Council";

    [Fact]
    public void Group_SameCouncilsAndService_OneArrangementWithRolesVehicleYearAndStatus()
    {
        var evidence = new FactEvidence("x", "front");
        var documents = new[]
        {
            Doc("bc", "business-case", 2012, "joint-committee", [Wendle, Saltmarsh, Brackenford]) with
            {
                Status = new ArrangementStatus(ArrangementStatuses.Proposed, "We recommend that"),
                Savings = [new SavingStatement(SavingKinds.Saving, 250_000m, 14m, null, SavingPeriods.Annual, SavingStages.Planned, "a saving of £250,000 a year", 0)],
            },
            Doc("iaa", "legal-agreement", 2014, "joint-committee", [Brackenford, Saltmarsh, Wendle]) with
            {
                Parties = [new AgreementParty(Brackenford, PartyRoles.Host, evidence), new AgreementParty(Saltmarsh, PartyRoles.Partner, evidence)],
                Commencement = new DatedFact("2013-04-01", new DateOnly(2013, 4, 1), evidence),
            },
            Doc("news", "news-item", 2016, "lead-authority", [Brackenford, Saltmarsh, Wendle]) with
            {
                Status = new ArrangementStatus(ArrangementStatuses.Operational, "The service went live in 2013."),
            },
        };

        var arrangement = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault()).Should().ContainSingle().Subject;

        arrangement.Documents.Select(d => d.Id).Should().Equal("bc", "iaa", "news");
        arrangement.Model.Should().Be("joint-committee");
        arrangement.StartYear.Should().Be(2013);
        arrangement.Status.Should().Be(ArrangementStatuses.Operational);
        arrangement.Members.Select(m => (m.Name, m.Role)).Should().Equal((Brackenford, "host"), (Saltmarsh, "partner"), (Wendle, "partner"));
        arrangement.Members.Should().OnlyContain(m => m.IsCouncil && m.Region == "sample");
        arrangement.Savings.Should().ContainSingle().Which.DocumentId.Should().Be("bc");
    }

    [Fact]
    public void Group_OtherServiceOrPartnersOrOneCouncil_SeparateOrNone()
    {
        var documents = new[]
        {
            Doc("a", "mou", 2015, "joint-committee", [Brackenford, Saltmarsh]),
            Doc("b", "mou", 2015, "joint-committee", [Brackenford, Saltmarsh, Wendle]),
            Doc("c", "mou", 2015, "joint-committee", [Brackenford, Saltmarsh]) with { Categories = ["ict-digital"] },
            Doc("d", "mou", 2015, "joint-committee", [Brackenford]),
        };

        var arrangements = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault());

        arrangements.Select(p => string.Join(",", p.Documents.Select(d => d.Id))).Should().BeEquivalentTo("a", "b", "c");
        arrangements.Select(p => p.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Group_OneCouncilWithNhsBody_ArrangementKeyedByBoth()
    {
        var document = Doc("s75", "legal-agreement", 2019, "service-integration", ["Kingsmere County Council"]) with { Partners = ["Kingsmere NHS Foundation Trust"] };

        var arrangement = ArrangementGrouper.Group([document], CouncilGazetteer.LoadDefault()).Should().ContainSingle().Subject;

        arrangement.Members.Select(m => (m.Name, m.IsCouncil)).Should().Equal(("Kingsmere County Council", true), ("Kingsmere NHS Foundation Trust", false));
    }

    private static DocumentFacts Doc(string id, string type, int year, string model, string[] councils) => new()
    {
        Id = id,
        Title = id,
        Type = type,
        Year = year,
        Categories = ["revenues-benefits"],
        Models = [model],
        Councils = councils,
    };
}
