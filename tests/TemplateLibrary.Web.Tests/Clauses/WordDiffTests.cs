using TemplateLibrary.Web.Clauses;

namespace TemplateLibrary.Web.Tests.Clauses;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_TwoNoticeClauses_MarksOnlyTheWordsThatDiffer()
    {
        var marked = WordDiff.Compare(["A Council may withdraw on twelve months' notice in writing.", "A Council may withdraw on six months' notice."]);

        string.Concat(marked[0].Select(s => s.Text)).Should().Be("A Council may withdraw on twelve months' notice in writing.", "the text is kept whole");
        string.Concat(marked[1].Select(s => s.Text)).Should().Be("A Council may withdraw on six months' notice.");
        marked[0].Where(s => s.IsMatch).Select(s => s.Text.Trim()).Should().Contain("twelve").And.Contain(t => t.Contains("writing", StringComparison.Ordinal));
        marked[1].Where(s => s.IsMatch).Select(s => s.Text.Trim()).Should().Equal("six");
        marked[1].Where(s => !s.IsMatch).Select(s => s.Text).Should().Contain(t => t.Contains("A Council may withdraw on", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_SameText_MarksNothing()
    {
        var marked = WordDiff.Compare(["Either party may terminate.", "Either party may terminate.", "Either party may terminate."]);

        marked.Should().HaveCount(3).And.OnlyContain(m => !m.Any(s => s.IsMatch));
    }
}
