using System.Text.RegularExpressions;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tests.Taxonomy;

public sealed class TieredRegexTests
{
    [Fact]
    public void Current_AfterCompileAfterUses_SwitchesToTheCompiledTwin()
    {
        var interpreted = new Regex(@"(?<![\w])joint\s+committee(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        var tiered = new TieredRegex(interpreted);

        for (var i = 0; i < TieredRegex.CompileAfter; i++)
        {
            tiered.Current.Should().BeSameAs(interpreted);
        }

        tiered.IsCompiled.Should().BeFalse();
        var compiled = tiered.Current;

        compiled.Should().NotBeSameAs(interpreted);
        tiered.IsCompiled.Should().BeTrue();
        compiled.Options.Should().HaveFlag(RegexOptions.Compiled).And.HaveFlag(RegexOptions.IgnoreCase).And.HaveFlag(RegexOptions.CultureInvariant);
        compiled.MatchTimeout.Should().Be(TimeSpan.FromSeconds(2));
        compiled.ToString().Should().Be(interpreted.ToString());
        tiered.Current.Should().BeSameAs(compiled);
    }

    [Fact]
    public void Current_BothForms_FindTheSameMatches()
    {
        const string text = "The Joint  Committee met; a joint committee-like body; JOINT COMMITTEE minutes; jointcommittee.";
        var tiered = new TieredRegex(new Regex(@"(?<![\w])joint\s+committee(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        var before = tiered.Current.Matches(text).Select(m => (m.Index, m.Value)).ToList();

        for (var i = 0; i < TieredRegex.CompileAfter; i++)
        {
            _ = tiered.Current;
        }

        tiered.Current.Matches(text).Select(m => (m.Index, m.Value)).Should().Equal(before);
        before.Should().HaveCount(3);
    }

    [Fact]
    public void Current_ManyThreads_CompileOnce()
    {
        var tiered = new TieredRegex(new Regex("council", RegexOptions.IgnoreCase));

        var seen = Enumerable.Range(0, 8).AsParallel().SelectMany(_ => Enumerable.Range(0, 100).Select(_ => tiered.Current)).ToList();

        seen.Where(r => r.Options.HasFlag(RegexOptions.Compiled)).Distinct().Should().ContainSingle();
        seen.Count(r => !r.Options.HasFlag(RegexOptions.Compiled)).Should().Be(TieredRegex.CompileAfter);
    }
}
