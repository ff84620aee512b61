using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Tests.Clauses;

public class ClauseSegmenterTests
{
    private static readonly IReadOnlyList<Clause> Agreement = ClauseSegmenter.Segment(SampleDocuments.Styled("joint-committee-agreement.txt"));
    private static readonly IReadOnlyList<Clause> Paged = ClauseSegmenter.Segment(SampleDocuments.Paged("paged-audit-agreement.txt"));

    [Fact]
    public void Segment_NumberedAgreement_FindsClausesSectionsAndSchedulesAsUnits()
    {
        var units = Agreement.Where(c => c.IsUnit).Select(c => $"{c.Form} {c.Number} {c.Heading}".Trim()).ToList();

        units.Should().Equal(
            "Section  Background",
            "Clause 1 Definitions and interpretation",
            "Clause 2 Commencement and duration",
            "Clause 3 Withdrawal",
            "Clause 4 Review",
            "Clause 5 Termination",
            "Section  Execution",
            "Schedule Schedule 1 Contributions");
    }

    [Fact]
    public void Segment_TitleDateAndParties_AreTheFrontMatter()
    {
        var front = Agreement[0];

        front.Form.Should().Be(ClauseForm.Front);
        front.Text.Should().StartWith("Inter-Authority Agreement for the Fernley").And.Contain("(2) ASHCOMBE DISTRICT COUNCIL");
        Agreement.Where(c => c.Form == ClauseForm.Front).Should().ContainSingle();
    }

    [Fact]
    public void Segment_SubclausesAndItems_NestUnderTheirClause()
    {
        var clause5 = Agreement.Single(c => c.Number == "5");
        var subclause = Agreement.Single(c => c.Number == "5.2");
        var item = Agreement.Single(c => c.Number == "(b)");

        subclause.Parent.Should().Be(clause5.Index);
        subclause.Form.Should().Be(ClauseForm.Subclause);
        item.Parent.Should().Be(subclause.Index);
        item.Form.Should().Be(ClauseForm.Item);
        clause5.Text.Should().Contain("(b) the Host Authority returns each Council's records.");
    }

    [Fact]
    public void Segment_ScheduleParagraphs_BelongToTheScheduleNotTheClauses()
    {
        var schedule = Agreement.Single(c => c.Form == ClauseForm.Schedule);
        var paragraphs = Agreement.Where(c => c.Parent == schedule.Index).ToList();

        paragraphs.Select(p => p.Number).Should().Equal("1", "2");
        paragraphs.Should().OnlyContain(p => p.Form == ClauseForm.Subclause);
        Agreement.Where(c => c.Form == ClauseForm.Clause).Select(c => c.Number).Should().Equal("1", "2", "3", "4", "5");
    }

    [Fact]
    public void Segment_NumberedPartiesAndRecitals_AreNotClauses()
    {
        Agreement.Where(c => c.Text.StartsWith("(1) FERNLEY", StringComparison.Ordinal)).Should().BeEmpty();
        Agreement.Single(c => c.Number == "(A)").Parent.Should().Be(Agreement.Single(c => c.Heading == "Background").Index);
    }

    [Fact]
    public void Segment_Spans_PointIntoTheDocumentText()
    {
        var document = SampleDocuments.Styled("joint-committee-agreement.txt");
        var withdrawal = Agreement.Single(c => c.Number == "3");

        document.Text.Substring(withdrawal.Start, withdrawal.Length).Should().StartWith("3. Withdrawal").And.EndWith("until its withdrawal takes effect.");
        withdrawal.Text.Should().Be(document.Text.Substring(withdrawal.Start, withdrawal.Length));
    }

    [Fact]
    public void Segment_Anchors_AreUniqueFragmentIds()
    {
        Agreement.Select(c => c.Anchor).Should().OnlyHaveUniqueItems();
        Agreement.Single(c => c.Number == "5.2").Anchor.Should().Be("clause-5-2");
        Agreement.Single(c => c.Number == "(a)").Anchor.Should().Be("clause-5-2-a");
        Agreement.Single(c => c.Form == ClauseForm.Schedule).Anchor.Should().Be("schedule-1");
        Agreement.Single(c => c.Heading == "Background").Anchor.Should().Be("section-background");
    }

    [Fact]
    public void Segment_ContentsList_IsNotTakenForTheClauses()
    {
        var clauses = Paged.Where(c => c.Form == ClauseForm.Clause).ToList();

        clauses.Select(c => $"{c.Number} {c.Heading}").Should().Equal("1 DEFINITIONS", "2 TERM", "3 CHARGES", "4 NOTICES");
        clauses[0].Text.Should().StartWith("1 DEFINITIONS\n1.1 In this Agreement");
        Paged[0].Text.Should().Contain("Contents\n1 DEFINITIONS 2");
    }

    [Fact]
    public void Segment_PageHeadersAndFooters_AreLeftOutOfClauseText()
    {
        Paged.Should().NotContain(c => c.Text.Contains("execution copy", StringComparison.Ordinal) || c.Text.Contains("Page 2 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_PdfText_GivesEachClauseItsPage()
    {
        Paged.Where(c => c.Form == ClauseForm.Clause).Select(c => c.Page).Should().Equal(1, 2, 2, 3);
    }

    [Fact]
    public void Segment_WrappedCrossReference_IsNotASubclause()
    {
        var term = Paged.Single(c => c.Number == "2");

        Paged.Where(c => c.Parent == term.Index).Select(c => c.Number).Should().Equal("2.1");
        Paged.Single(c => c.Number == "4.2").Parent.Should().Be(Paged.Single(c => c.Number == "4").Index);
    }

    [Fact]
    public void Segment_ArticlesAndStandingOrders_AreClausesWithTheirKeyword()
    {
        var text = "Constitution\n\nArticle 1 – Name\n\n1.1 The committee is called the Joint Committee.\n\nArticle 2 – Membership\n\n2.1 Each council appoints one member.\n\nSTANDING ORDER 1 QUORUM\n\nThe quorum is two.\n\nSTANDING ORDER 2 VOTING\n\nEach member has one vote.";

        var clauses = ClauseSegmenter.Segment(SampleDocuments.Text(text)).Where(c => c.Form == ClauseForm.Clause);

        clauses.Select(c => $"{c.Number}: {c.Heading}").Should().Equal("Article 1: Name", "Article 2: Membership", "Standing Order 1: QUORUM", "Standing Order 2: VOTING");
    }

    // The schedules of the agreements as each extractor gives them: a run-in heading that ends with a full stop and
    // has nothing after it, a dash or a colon after the number, a number on its own line with the heading below it.
    private const string Schedules = "1. Funding\n\n1.1 The Department pays the rates in Schedule 4.\n\nSchedules\n\n"
        + "Schedule 1. Integrated Service description. Service offer at each site.\n\n"
        + "Schedule 4. Universal Support rates and maximum funding.\n\n"
        + "SCHEDULE 5 \u2013 DATA SHARING PROTOCOL\n\n1. Each party is a controller.\n\n"
        + "Appendix A: Officers and contacts\n\nThe Head of Service.\n\n"
        + "Annex 2\n\nExit plan\n\n1. The Host hands back the records.";

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("pdf")]
    public void Segment_ScheduleHeadingsInEachForm_AreSchedules(string format)
    {
        var document = format switch
        {
            "md" => SampleDocuments.StyledText(Schedules.Replace("\n\nSchedule ", "\n\n## Schedule ", StringComparison.Ordinal)
                .Replace("\n\nSCHEDULE ", "\n\n## SCHEDULE ", StringComparison.Ordinal)
                .Replace("\n\nAppendix ", "\n\n## Appendix ", StringComparison.Ordinal)),
            "pdf" => new ExtractedDocument { Format = "pdf", Text = Schedules, Pages = [Schedules] },
            _ => SampleDocuments.Text(Schedules),
        };

        var schedules = ClauseSegmenter.Segment(document).Where(c => c.Form == ClauseForm.Schedule).Select(c => $"{c.Number}: {c.Heading}");

        schedules.Should().Equal(
            "Schedule 1: Integrated Service description",
            "Schedule 4: Universal Support rates and maximum funding",
            "Schedule 5: DATA SHARING PROTOCOL",
            "Appendix A: Officers and contacts",
            "Annex 2: Exit plan");
    }

    [Fact]
    public void Segment_PartWithNoClausesUnderIt_IsAUnit()
    {
        var text = "Part 6: Scrutiny\n\n16. The committee will publish an annual report.\n\nPart 7: Next steps\n\nStep | By\nExecutives endorse this memorandum | January 2011";

        var units = ClauseSegmenter.Segment(SampleDocuments.Text(text)).Where(c => c.IsUnit).Select(c => $"{c.Number}: {c.Heading}");

        units.Should().Equal("Part 6: Scrutiny", "Part 7: Next steps");
    }

    [Fact]
    public void Segment_EmptyText_GivesNothing()
    {
        ClauseSegmenter.Segment(SampleDocuments.Text(string.Empty)).Should().BeEmpty();
    }
}
