using TemplateLibrary.Core.Agreements;

namespace TemplateLibrary.Core.Tests.Clauses;

public class AgreementFactReaderTests
{
    private static readonly AgreementReader Reader = new(Core.Taxonomy.Taxonomy.LoadDefault());
    private static readonly AgreementFacts Facts = Reader.Read(SampleDocuments.Styled("joint-committee-agreement.txt")).Facts;

    [Fact]
    public void Read_PartiesClause_GivesNamesAndRoles()
    {
        Facts.Parties.Select(p => $"{p.Name}={p.Role}").Should().Equal("Fernley Borough Council=host", "Ashcombe District Council=partner");
        Facts.Parties[0].Evidence.Where.Should().Be("front");
        Facts.Parties[0].Evidence.Text.Should().Contain("\"Host Authority\"");
    }

    [Fact]
    public void Read_RoleStatedInAClause_GivesThePartyThatRole()
    {
        const string text = """
            Joint Care Committee: Constitution

            Adopted by Kingsmere County Council and Westcombe City Council on 14 January 2020.

            ## 1. Name and legal basis

            1.1 The committee is the Joint Care Committee.

            1.2 Kingsmere is the host council and employs the staff who support the Committee.

            ## 2. Membership

            2.1 Each Council appoints three members.
            """;

        var facts = Reader.Read(SampleDocuments.StyledText(text)).Facts;

        facts.Parties.Select(p => $"{p.Name}={p.Role}").Should().Equal("Kingsmere County Council=host", "Westcombe City Council=partner");
    }

    [Fact]
    public void Read_PartyEntryWrappedInsideItsBracket_KeepsTheRoleItNames()
    {
        const string text = """
            Inter-Authority Agreement

            This Agreement is dated 15 March 2021 and made BETWEEN:

            (1) Westcombe City Council, the Guildhall, Westcombe (the "Lead
            Authority"); and
            (2) Kingsmere County Council, Shire Hall, Kingsmere ("Kingsmere").

            ## 1. Definitions

            1.1 "Services" means the procurement services.
            """;

        var facts = Reader.Read(SampleDocuments.StyledText(text)).Facts;

        facts.Parties.Select(p => $"{p.Name}={p.Role}").Should().Equal("Westcombe City Council=lead", "Kingsmere County Council=partner");
    }

    [Fact]
    public void Read_PartyNamedInBracketsWithoutQuotes_TakesTheRoleItsDefinitionGives()
    {
        const string text = """
            Lead Commissioning Agreement

            This Agreement is made on 31 March 2016 between

            Westcombe City Council, Civic Offices, Westcombe (the Council)

            and

            Kingsmere County Council, Shire Hall, Kingsmere (the County).

            ## 1. Definitions

            1.1 In this Agreement:

            Lead Commissioner means the Council acting under this Agreement.
            """;

        var facts = Reader.Read(SampleDocuments.StyledText(text)).Facts;

        facts.Parties.Should().Contain(p => p.Name == "Westcombe City Council" && p.Role == PartyRoles.Lead);
    }

    [Fact]
    public void Read_DatesAndTerm_ComeWithTheClauseTheyAreIn()
    {
        Facts.AgreementDate!.Value.Should().Be("2019-02-14");
        Facts.CommencementDate!.Value.Should().Be("2019-04-01");
        Facts.CommencementDate.Evidence.Where.Should().Be("clause 1.1");
        Facts.Term!.Value.Should().Be("3 years minimum");
        Facts.Term.Months.Should().Be(36);
        Facts.EndDate.Should().BeNull("a minimum period runs on, so the agreement has no fixed end");
    }

    [Fact]
    public void Read_UnquotedDefinitionsAndAWrappedTermSentence_GiveCommencementEndAndTerm()
    {
        // Bold defined terms lose their quotes in extraction, and PDF text wraps a sentence over lines.
        const string text = """
            Services Agreement

            This Agreement is dated 3 March 2016.

            ## 1. Definitions

            Start Date - 1 October 2016.

            Expiry Date - 30 September 2026.

            ## 2. Term

            2.1 This Agreement starts on the Start Date and ends on 30 September 2026, a
            term of ten years, unless it ends earlier under clause 9.

            2.2 Its agreement with the former operator ends on 31 March 2017.
            """;

        var facts = Reader.Read(SampleDocuments.StyledText(text)).Facts;

        facts.CommencementDate!.Value.Should().Be("2016-10-01");
        facts.Term!.Months.Should().Be(120);
        facts.EndDate!.Value.Should().Be("2026-09-30");
    }

    [Fact]
    public void Read_WithdrawalClause_GivesTheNoticePeriod()
    {
        Facts.NoticePeriod!.Value.Should().Be("12 months");
        Facts.NoticePeriod.Minimum.Should().BeTrue();
        Facts.NoticePeriod.Evidence.Where.Should().Be("clause 3.1");
    }

    [Fact]
    public void Read_ReviewMonthAndCycle_KeepsTheMonthAndTheCycle()
    {
        Facts.Review!.Value.Should().Be("2022-01");
        Facts.Review.EveryMonths.Should().Be(36);
        Facts.Review.Evidence.Where.Should().Be("clause 4.1");
    }

    [Fact]
    public void NextDue_AfterTheFirstReview_StepsByTheCycle()
    {
        var review = new ReviewFact("2022-01", new DateOnly(2022, 1, 1), 36, new FactEvidence("review every three years", "clause 4.1"));

        review.NextDue(new DateOnly(2021, 6, 1)).Should().Be(new DateOnly(2022, 1, 1));
        review.NextDue(new DateOnly(2026, 7, 1)).Should().Be(new DateOnly(2028, 1, 1));
    }

    [Fact]
    public void NextDue_NoCycleAndPast_IsNull()
    {
        new ReviewFact("2016-03-31", new DateOnly(2016, 3, 31), null, new FactEvidence("by 31 March 2016", "clause 28.1"))
            .NextDue(new DateOnly(2020, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void Reads_DocumentTypes_FollowTheTaxonomy()
    {
        Reader.Reads("legal-agreement").Should().BeTrue();
        Reader.Reads("mou").Should().BeTrue();
        Reader.Reads("business-case").Should().BeFalse();
        Reader.Reads(null).Should().BeFalse();
    }
}
