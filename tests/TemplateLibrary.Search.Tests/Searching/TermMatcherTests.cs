using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class TermMatcherTests
{
    [Theory]
    [InlineData("Agreement", true)]
    [InlineData("AGREEMENTS", true)]
    [InlineData("agreed", true)]
    [InlineData("agrees", true)]
    [InlineData("aggregate", false)]
    [InlineData("greement", false)]
    [InlineData("", false)]
    public void Matches_WordForms_FollowTheStem(string word, bool expected)
    {
        var matcher = new TermMatcher([new HighlightTerm("agreement", false)]);

        matcher.Matches(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("Café", true)]
    [InlineData("CAFE", true)]
    [InlineData("cafés", true)]
    [InlineData("coffee", false)]
    public void Matches_AccentsAndCase_AreFolded(string word, bool expected)
    {
        var matcher = new TermMatcher([new HighlightTerm("cafe", false)]);

        matcher.Matches(word).Should().Be(expected);
    }

    [Fact]
    public void Matches_TermStartingWithAnAccent_StillMatches()
    {
        var matcher = new TermMatcher([new HighlightTerm("ørsted", false), new HighlightTerm("été", true)]);

        matcher.Matches("Ørsted").Should().BeTrue();
        matcher.Matches("étés").Should().BeTrue();
        matcher.Matches("ete").Should().BeTrue("the prefix is folded like the word");
        matcher.Matches("orsted").Should().BeTrue();
        matcher.Matches("other").Should().BeFalse();
    }

    [Fact]
    public void Matches_WordLongerThanTheStackBuffer_IsCompared()
    {
        var matcher = new TermMatcher([new HighlightTerm("procure", true)]);
        var word = "Procure" + new string('x', 300);

        matcher.Matches(word).Should().BeTrue();
        matcher.Matches(new string('x', 300)).Should().BeFalse();
    }

    [Fact]
    public void Matches_NoTerms_MatchesNothing()
    {
        var matcher = new TermMatcher([]);

        matcher.IsEmpty.Should().BeTrue();
        matcher.Matches("anything").Should().BeFalse();
    }
}
