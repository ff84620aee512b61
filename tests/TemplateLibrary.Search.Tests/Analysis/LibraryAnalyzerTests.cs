using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Analysis;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Tests.Analysis;

public sealed class LibraryAnalyzerTests : IDisposable
{
    private readonly LibraryAnalyzer analyzer = new(new CitationPattern(Taxonomy.LoadDefault().Search.Citations));

    public void Dispose() => analyzer.Dispose();

    [Theory]
    [InlineData("s113")]
    [InlineData("s.113")]
    [InlineData("S. 113")]
    [InlineData("s 113")]
    [InlineData("section 113")]
    [InlineData("Section 113")]
    [InlineData("sections 113")]
    public void Analyze_CitationWrittenAnyWay_IsOneUnit(string text)
    {
        Terms(text).Should().Equal("s113");
    }

    [Fact]
    public void Analyze_Subsection_IsTheCitationAndTheSubsectionAtOnePosition()
    {
        var tokens = TextAnalysis.Analyze(analyzer, IndexFields.Body, "under section 101(5) of the Act");

        tokens.Select(t => t.Term).Should().Equal("under", "s101", "s101(5)", "act");
        tokens[1].Position.Should().Be(tokens[2].Position);
        tokens.Where(t => t.IsCitation).Should().HaveCount(2);
    }

    [Fact]
    public void Analyze_Citation_OffsetsCoverTheWordsAsWritten()
    {
        const string text = "agreed under Section 113 (staff)";

        var citation = TextAnalysis.Analyze(analyzer, IndexFields.Body, text).Single(t => t.IsCitation);

        text[citation.Start..citation.End].Should().Be("Section 113");
    }

    [Theory]
    [InlineData("Public Contracts Regulations 2015", "public", "contract", "regul", "2015")]
    [InlineData("regulation 12 of the PCR", "reg12", "pcr")]
    [InlineData("Schedule 2", "sch2")]
    [InlineData("the council's 5 members", "council", "5", "member")]
    public void Analyze_NumbersAfterWords_AreCitationsOnlyWhenCited(string text, params string[] expected)
    {
        Terms(text).Should().Equal(expected);
    }

    [Fact]
    public void Analyze_WordFields_AreNotStemmed()
    {
        TextAnalysis.Analyze(analyzer, IndexFields.Words, "Secondments and Committees").Select(t => t.Term).Should().Equal("secondments", "committees");
        Terms("Secondments and Committees").Should().NotContain(["secondments", "committees"]);
    }

    [Fact]
    public void Analyze_AccentsPossessivesAndCase_AreFolded()
    {
        Terms("Café Council's ÉCOLE").Should().Equal("cafe", "council", "ecol");
    }

    private List<string> Terms(string text) => TextAnalysis.Analyze(analyzer, IndexFields.Body, text).Select(t => t.Term).ToList();
}
