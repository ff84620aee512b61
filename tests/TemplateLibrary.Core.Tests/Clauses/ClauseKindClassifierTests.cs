using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Core.Tests.Clauses;

public class ClauseKindClassifierTests
{
    private static readonly ClauseKindClassifier Classifier = new(Core.Taxonomy.Taxonomy.LoadDefault());

    [Theory]
    [InlineData("Insurance", "The Host Authority shall maintain public liability and employer's liability insurance.", "insurance")]
    [InlineData("Dispute resolution", "Any dispute shall first be referred to the Chief Executives and then to mediation.", "dispute-resolution")]
    [InlineData("Notices", "A notice shall be delivered by hand or sent by first class post.", "notices")]
    [InlineData("Force majeure", "No Council is liable for delay caused by events beyond its reasonable control.", "force-majeure")]
    [InlineData("Staff transfer", "The employees transfer under TUPE on the Transfer Date.", "staffing")]
    [InlineData("Events outside a Party's control", "Neither Party is in breach for a failure caused by flood, fire or a pandemic.", "force-majeure")]
    [InlineData("Disagreements", "The Partners will try to settle any disagreement between themselves first.", "dispute-resolution")]
    [InlineData("Leaving the partnership", "A Council may leave on twelve months' notice.", "withdrawal")]
    [InlineData("Pensions", "Transferring staff keep their membership of the Local Government Pension Scheme.", "staffing")]
    public void Kinds_HeadingNamesTheTopic_GivesThatKindWithHeadingEvidence(string heading, string text, string kind)
    {
        var kinds = Classifier.Kinds(heading, text);

        kinds.Should().NotBeEmpty();
        kinds[0].Id.Should().Be(kind);
        kinds[0].Evidence.Should().Contain(e => e.Where == "heading");
    }

    [Fact]
    public void Kinds_TwoTopicsInOneHeading_GivesBoth()
    {
        var kinds = Classifier.Kinds("Liability and insurance", "Each Council is liable for its own acts and shall insure against them.");

        kinds.Select(k => k.Id).Should().BeEquivalentTo(["liability-indemnity", "insurance"]);
    }

    [Fact]
    public void Kinds_HeadingNamingOneTopicInTwoPhrases_StillGivesTheOtherTopic()
    {
        // "capital" and "borrowing" together outscore "vehicles", but each phrase of the heading names its own topic.
        var kinds = Classifier.Kinds("Capital, Vehicles and Borrowing", "The Host Council buys the vehicles and recharges the cost of borrowing.");

        kinds.Select(k => k.Id).Should().BeEquivalentTo(["cost-sharing", "assets-property"]);
    }

    // The labelled set's rule: a pensions clause allocates pension costs between the parties as well as dealing with staff.
    [Theory]
    [InlineData("Pensions")]
    [InlineData("Staff Transfer and Pensions")]
    public void Kinds_PensionsClause_IsStaffingAndCostSharing(string heading)
    {
        var kinds = Classifier.Kinds(heading, "Each Council remains responsible for any deficit attributable to its employees' service before the Transfer Date.");

        kinds.Select(k => k.Id).Should().BeEquivalentTo(["staffing", "cost-sharing"]);
        kinds[0].Id.Should().Be("staffing");
    }

    [Theory]
    [InlineData("Information governance", "Each partner is a controller of the personal data it holds and complies with data protection law.", "data-protection", "governance")]
    [InlineData("Charges for the Support Services", "The Company invoices each Council quarterly for the support services at the rates in Schedule 3.", "cost-sharing", "services")]
    public void Kinds_HeadingWordUsedForAnotherTopic_DoesNotGiveThatWordsKind(string heading, string text, string kind, string notKind)
    {
        var kinds = Classifier.Kinds(heading, text).Select(k => k.Id).ToList();

        kinds.Should().Contain(kind).And.NotContain(notKind);
    }

    // Agreements for a shared service call it "the Service": a heading naming it is about the service provided.
    [Fact]
    public void Kinds_HeadingNamingTheService_GivesServices()
    {
        var kinds = Classifier.Kinds("The Equipment Contract and the Service", "The Host Partner shall procure the delivery and collection of equipment for the Service.");

        kinds.Select(k => k.Id).Should().Contain("services");
    }

    [Theory]
    [InlineData("Deadlock", "If the Board cannot agree a Reserved Matter at two meetings, either Shareholder may refer it to the Chief Executives.")]
    [InlineData("Delegations", "The Councils delegate to the Joint Committee the functions in Schedule 1.")]
    [InlineData("Officers' Group", "The Group meets monthly to prepare the Joint Committee's business.")]
    [InlineData("Joint Commissioning Group", "The Group agrees the commissioning plan each year.")]
    public void Kinds_DecisionMakingHeading_GivesGovernance(string heading, string text)
    {
        Classifier.Kinds(heading, text).Select(k => k.Id).Should().Contain("governance");
    }

    [Fact]
    public void Kinds_BackgroundSection_GivesNone()
    {
        Classifier.Kinds("Background", "The Councils wish to share a joint committee, staff, budget and data protection officer.").Should().BeEmpty();
    }

    [Fact]
    public void Kinds_PassingMentionInTheText_GivesNone()
    {
        Classifier.Kinds(null, "The officer will attend the meeting.").Should().BeEmpty();
    }

    [Fact]
    public void Kinds_TopicalHeading_LeavesOutKindsOnlyTheTextMentions()
    {
        var kinds = Classifier.Kinds("Exit arrangements", "On exit the Host Authority shall return data, transfer staff under TUPE and settle the budget.");

        kinds.Select(k => k.Id).Should().Equal("exit-transition");
    }

    [Fact]
    public void Classify_Clauses_GivesKindsToUnitsOnly()
    {
        var clauses = Classifier.Classify(ClauseSegmenter.Segment(SampleDocuments.Styled("joint-committee-agreement.txt")));

        clauses.Single(c => c.Number == "3").Kinds.Select(k => k.Id).Should().Contain("withdrawal");
        clauses.Single(c => c.Number == "4").Kinds[0].Id.Should().Be("review");
        clauses.Where(c => !c.IsUnit).Should().OnlyContain(c => c.Kinds.Count == 0);
    }

    [Fact]
    public void ClauseKinds_TheFixedIds_AreAllInTheTaxonomy()
    {
        string[] fixedIds =
        [
            "term-commencement", "termination", "exit-transition", "withdrawal", "cost-sharing", "liability-indemnity",
            "insurance", "governance", "dispute-resolution", "staffing", "data-protection", "confidentiality-foi",
            "intellectual-property", "assets-property", "variation", "review", "notices", "force-majeure", "definitions",
            "services", "general",
        ];

        Core.Taxonomy.Taxonomy.LoadDefault().Clauses.Kinds.Select(k => k.Id).Should().BeEquivalentTo(fixedIds);
    }
}
