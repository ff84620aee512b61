using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public sealed class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"[A-Z]\w+\s+(?:Services|Partnership|Solutions)\s+Ltd", "Ltd")]
    [InlineData(@"joint\s+[A-Z]?\w+\s+committee", "committee")]
    [InlineData(@"\bpays?\s+(?:[A-Z]\w+\s+){1,3}fee", "pay")]
    [InlineData(@"transfer(?:red)?\s+to", "transfer")]
    [InlineData(@"\b[Rr]eport[ \t]+to", "eport")]
    [InlineData(@"colou?r", "colo")]
    public void Of_TopLevelLetters_ReturnsTheLongestRequiredRun(string pattern, string expected)
    {
        RequiredLiteral.Of(pattern).Should().Be(expected);
    }

    [Theory]
    [InlineData(@"legal\s+work|procurement")]
    [InlineData(@"(?im)^.*\bcommittee\b")]
    [InlineData(@"\b(?:Capita|Serco|Liberata)\b")]
    [InlineData(@"\bIT\b")]
    public void Of_NoCertainLetters_ReturnsNull(string pattern)
    {
        RequiredLiteral.Of(pattern).Should().BeNull();
    }
}
