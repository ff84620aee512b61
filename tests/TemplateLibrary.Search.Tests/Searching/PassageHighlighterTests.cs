using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class PassageHighlighterTests
{
    [Fact]
    public void Highlight_LongText_PicksTheWindowWithMostMatches()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " the joint committee met and the committee agreed " + string.Join(' ', Enumerable.Repeat("filler", 100));

        var passage = PassageHighlighter.Highlight(text, Matcher("committee"), 12)!;

        passage.Segments.Count(s => s.IsMatch).Should().Be(2);
        passage.PlainText.Should().StartWith("…").And.EndWith("…");
        passage.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeLessThanOrEqualTo(13);
    }

    [Theory]
    [InlineData("lawyer", "Our lawyers advise", "lawyers")]
    [InlineData("agreement", "The councils agreed terms", "agreed")]
    [InlineData("authorities", "The lead authority hosts", "authority")]
    [InlineData("cafe", "Meet at the Café tomorrow", "Café")]
    public void Highlight_InflectedOrAccentedForms_AreMarked(string term, string text, string marked)
    {
        var passage = PassageHighlighter.Highlight(text, Matcher(term), 20)!;

        passage.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal(marked);
    }

    [Fact]
    public void Highlight_Prefix_MarksEveryWordStartingWithIt()
    {
        var passage = PassageHighlighter.Highlight("procure procurement procedure", new TermMatcher([new HighlightTerm("procur", true)]), 20)!;

        passage.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("procure", "procurement");
    }

    [Fact]
    public void Highlight_NoMatch_ReturnsNull()
    {
        PassageHighlighter.Highlight("nothing relevant here", Matcher("committee"), 20).Should().BeNull();
    }

    [Fact]
    public void Highlight_LineBreaks_AreCollapsedToSpaces()
    {
        var passage = PassageHighlighter.Highlight("First line\n\n  second   committee\tline", Matcher("committee"), 20)!;

        passage.PlainText.Should().Be("First line second committee line");
    }

    [Fact]
    public void ToMarkedHtml_EncodesTextAndMarksMatches()
    {
        var passage = PassageHighlighter.Highlight("a <b>bold</b> & committee \"quote\"", Matcher("committee"), 20)!;

        passage.ToMarkedHtml().Should().Be("a &lt;b&gt;bold&lt;/b&gt; &amp; <mark>committee</mark> &quot;quote&quot;");
    }

    private static TermMatcher Matcher(string term) => new([new HighlightTerm(term, false)]);
}
