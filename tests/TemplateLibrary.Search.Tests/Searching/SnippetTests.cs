using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

/// <summary>Snippets from the highlighter: the passage with most matches, marked with the query's own analysis.</summary>
public sealed class SnippetTests : IDisposable
{
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Search_LongText_SnippetIsThePassageWithMostMatches()
    {
        var filler = string.Join(' ', Enumerable.Repeat("filler words here", 100));
        Add("Minutes", $"{filler} the committee met once. {filler} the joint committee met and the committee agreed its terms. {filler}");

        var snippet = Snippet("committee");

        snippet.Segments.Count(s => s.IsMatch).Should().Be(2);
        snippet.PlainText.Should().StartWith("…").And.EndWith("…");
        snippet.PlainText.Length.Should().BeLessThan(400);
    }

    [Theory]
    [InlineData("lawyer", "Our lawyers advise the councils.", "lawyers")]
    [InlineData("agree", "The councils agreed terms.", "agreed")]
    [InlineData("authorities", "The lead authority hosts the team.", "authority")]
    [InlineData("cafe", "Meet at the Café tomorrow.", "Café")]
    [InlineData("council's", "The councils meet.", "councils")]
    public void Search_InflectedOrAccentedForms_AreMarkedAsWritten(string query, string text, string marked)
    {
        Add("Note", text);

        Snippet(query).Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal(marked);
    }

    [Fact]
    public void Search_Prefix_MarksEveryWordStartingWithItAndNoOther()
    {
        Add("Note", "We procure services; the procurement procedure is set out below.");

        Snippet("procur*").Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("procure", "procurement");
    }

    [Fact]
    public void Search_Citation_MarksTheWordsAsWritten()
    {
        Add("Note", "Officers are placed at the disposal of the other council under section 113 of the Act.");

        Snippet("s113").Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("section 113");
    }

    [Fact]
    public void Search_LineBreaksAndRunsOfSpace_AreCollapsed()
    {
        Add("Note", "First line\n\n  second   committee\tline");

        Snippet("committee").PlainText.Should().Be("First line second committee line");
    }

    [Fact]
    public void Search_Phrase_MarksOnlyThePhrase()
    {
        Add("Note", "A joint committee is not a committee of one council acting jointly.");

        Snippet("\"joint committee\"").Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("joint committee");
    }

    private void Add(string title, string body) => temp.Index.Apply(Docs.Upserts(Docs.Make("n1", title, body)));

    private HighlightedText Snippet(string query) => temp.Index.Search(new SearchRequest { Query = query }).Results.Single().Snippet;
}
