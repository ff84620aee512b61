using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public sealed class CueAnchorFirstWordTests
{
    [Theory]
    [InlineData("Joint Committee", "joint")]
    [InlineData(" s101 agreement", "s101")]
    [InlineData("council's own staff", "council")]
    [InlineData("legal", "legal")]
    public void FirstWord_PhraseStartingWithAWord_ReturnsItLowerCase(string phrase, string expected)
    {
        CueAnchor.FirstWord(phrase).Should().Be(expected);
    }

    [Theory]
    [InlineData("co-operation")]
    [InlineData("(a) shared service")]
    [InlineData("£1m savings")]
    public void FirstWord_LooseOrNonWordStart_ReturnsNull(string phrase)
    {
        CueAnchor.FirstWord(phrase).Should().BeNull();
    }
}
