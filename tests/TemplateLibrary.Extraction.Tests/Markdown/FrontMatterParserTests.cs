using TemplateLibrary.Extraction.Markdown;

namespace TemplateLibrary.Extraction.Tests.Markdown;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void Parse_QuotedValuesAndFlowList_UnquotesAndSplits()
    {
        var result = FrontMatterParser.Parse("---\nTitle: \"A \\\"quoted\\\" title\"\nnote: 'it''s fine'\ntags: [a, \"b, c\", 'd']\n---\nBody\n");

        result.Values["title"].Should().Equal("A \"quoted\" title");
        result.Values["note"].Should().Equal("it's fine");
        result.Values["tags"].Should().Equal("a", "b, c", "d");
        result.Body.Should().Be("Body\n");
    }

    [Fact]
    public void Parse_BlockList_CollectsItems()
    {
        var result = FrontMatterParser.Parse("---\npowers:\n  - s101 LGA 1972\n  - s113 LGA 1972\nyear: 2020\n---\n");

        result.Values["powers"].Should().Equal("s101 LGA 1972", "s113 LGA 1972");
        result.Values["year"].Should().Equal("2020");
    }

    [Fact]
    public void Parse_NoClosingFence_KeepsWholeTextAsBody()
    {
        var result = FrontMatterParser.Parse("---\ntitle: x\nno end here\n");

        result.Values.Should().BeEmpty();
        result.Body.Should().Contain("title: x");
    }

    [Fact]
    public void Parse_ThematicBreakNotAtStart_IsNotFrontMatter()
    {
        var result = FrontMatterParser.Parse("Intro\n---\ntitle: x\n---\n");

        result.Values.Should().BeEmpty();
    }
}
