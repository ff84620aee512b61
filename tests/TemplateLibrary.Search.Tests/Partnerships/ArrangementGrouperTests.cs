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

    [Fact]
    public void Group_ReportNamingSomeOfAnAgreementsCouncils_JoinsItsArrangement()
    {
        var documents = new[]
        {
            Doc("iaa", "legal-agreement", 2014, "joint-committee", [Brackenford, Saltmarsh, Wendle]),
            Doc("report", "committee-report", 2018, "joint-committee", [Brackenford, Saltmarsh]),
        };

        var arrangement = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault()).Should().ContainSingle().Subject;

        arrangement.Documents.Select(d => d.Id).Should().Equal("iaa", "report");
        arrangement.Members.Select(m => m.Name).Should().Equal(Brackenford, Saltmarsh, Wendle);
    }

    [Fact]
    public void Group_SubsetUnderAnotherVehicleOrHost_StaysApart()
    {
        var documents = new[]
        {
            Doc("iaa", "legal-agreement", 2014, "joint-committee", [Brackenford, Saltmarsh, Wendle]) with { StatedRoles = [new StatedRole("Brackenford", "host")] },
            Doc("secondment", "case-study", 2018, "secondment", [Brackenford, Saltmarsh]),
            Doc("other-host", "case-study", 2019, "joint-committee", [Saltmarsh, Wendle]) with { StatedRoles = [new StatedRole("Saltmarsh", "host")] },
        };

        var arrangements = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault());

        arrangements.Select(p => string.Join(",", p.Documents.Select(d => d.Id))).Should().BeEquivalentTo("iaa", "secondment", "other-host");
    }

    [Fact]
    public void Group_SameCouncilsAndVehicleUnderTwoServicesTheDocumentsShare_OneArrangement()
    {
        var documents = new[]
        {
            Doc("mou", "mou", 2019, "shared-management", [Brackenford, Saltmarsh]) with { Categories = ["corporate-back-office", "management-governance"] },
            Doc("s113", "legal-agreement", 2020, "shared-management", [Brackenford, Saltmarsh]) with { Categories = ["management-governance"] },
        };

        var arrangement = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault()).Should().ContainSingle().Subject;

        arrangement.Documents.Select(d => d.Id).Should().Equal("mou", "s113");
    }

    [Fact]
    public void Group_HostNamedInProse_HostRole()
    {
        var documents = new[]
        {
            Doc("bc", "business-case", 2012, "joint-committee", [Brackenford, Saltmarsh, Wendle]) with { StatedRoles = [new StatedRole("Brackenford", "host")] },
            Doc("news", "news-item", 2014, "joint-committee", [Brackenford, Saltmarsh, Wendle]) with { StatedRoles = [new StatedRole("Brackenford District Council", "host"), new StatedRole("Fellbrook", "lead")] },
        };

        var arrangement = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault()).Should().ContainSingle().Subject;

        arrangement.Members.Select(m => (m.Name, m.Role)).Should().Equal((Brackenford, "host"), (Saltmarsh, "partner"), (Wendle, "partner"));
    }

    [Fact]
    public void Group_BodyWrittenInTwoForms_OneMemberOneArrangement()
    {
        var documents = new[]
        {
            Doc("s75", "legal-agreement", 2019, "service-integration", ["Kingsmere County Council"]) with { Partners = ["NHS Kingsmere Integrated Care Board"] },
            Doc("board", "terms-of-reference", 2020, "service-integration", ["Kingsmere County Council"]) with { Partners = ["Kingsmere ICB"] },
        };

        var arrangement = ArrangementGrouper.Group(documents, CouncilGazetteer.LoadDefault()).Should().ContainSingle().Subject;

        arrangement.Members.Select(m => m.Name).Should().Equal("Kingsmere County Council", "NHS Kingsmere Integrated Care Board");
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
