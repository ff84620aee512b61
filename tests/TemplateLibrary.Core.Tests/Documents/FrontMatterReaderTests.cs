using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Tests.Documents;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Read_QuotedValuesAndFlowList_UnquotesAndSplits()
    {
        var result = FrontMatterReader.Read("---\nTitle: \"A \\\"quoted\\\" title\"\nnote: 'it''s fine'\ntags: [a, \"b, c\", 'd']\n---\nBody\n");

        result.Present.Should().BeTrue();
        result.Error.Should().BeNull();
        result.Values["title"].Should().Equal("A \"quoted\" title");
        result.Values["note"].Should().Equal("it's fine");
        result.Values["tags"].Should().Equal("a", "b, c", "d");
        result.Body.Should().Be("Body\n");
    }

    [Fact]
    public void Read_BlockListBlockTextAndComments_ReadAsYaml()
    {
        var result = FrontMatterReader.Read("---\npowers:\n  - s101 LGA 1972\n  - s113 LGA 1972\nyear: 2020 # approved\nsummary: >\n  Two councils,\n  one team.\n---\n");

        result.Values["powers"].Should().Equal("s101 LGA 1972", "s113 LGA 1972");
        result.Values["year"].Should().Equal("2020");
        result.Values["summary"].Should().Equal("Two councils, one team.");
        result.Body.Should().BeEmpty();
    }

    [Fact]
    public void Read_EmptyAndNestedValues_KeepTheKeyWithoutValues()
    {
        var result = FrontMatterReader.Read("---\ncouncils:\nextra:\n  a: 1\n  b: [2, 3]\ntitle: T\n---\nx");

        result.Values["councils"].Should().BeEmpty();
        result.Values["extra"].Should().BeEmpty();
        result.Get("councils", "title").Should().Equal("T");
    }

    [Fact]
    public void Read_NoClosingFence_KeepsWholeTextAsBodyAndSaysWhy()
    {
        var result = FrontMatterReader.Read("---\ntitle: x\nno end here\n");

        result.Present.Should().BeFalse();
        result.Values.Should().BeEmpty();
        result.Body.Should().Contain("title: x");
        result.Error.Should().Be("front matter has no closing '---' line");
    }

    [Fact]
    public void Read_ThematicBreakNotAtStart_IsNotFrontMatter()
    {
        var result = FrontMatterReader.Read("Intro\n---\ntitle: x\n---\n");

        result.Present.Should().BeFalse();
        result.Error.Should().BeNull();
        result.Values.Should().BeEmpty();
    }

    [Fact]
    public void Read_InvalidYaml_ReportsTheLineAndKeepsTheBody()
    {
        var result = FrontMatterReader.Read("---\ntitle: a: b\n---\nBody");

        result.Error.Should().StartWith("front matter is not valid YAML (line 2)");
        result.Values.Should().BeEmpty();
        result.Body.Should().Be("Body");
    }

    [Fact]
    public void Read_RepeatedKey_KeepsTheFirstAndSaysSo()
    {
        var result = FrontMatterReader.Read("---\ntype: mou\nType: guidance\n---\n");

        result.Values["type"].Should().Equal("mou");
        result.Error.Should().Be("front matter key 'type' appears twice");
    }

    [Fact]
    public void Read_DeeplyNestedValue_FailsWithoutRecursing()
    {
        var result = FrontMatterReader.Read("---\nx: " + new string('[', 5000) + new string(']', 5000) + "\n---\n");

        result.Error.Should().Contain("nested more than 16 levels deep");
    }
}
