using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A phrase or pattern whose presence is evidence for a taxonomy term.</summary>
public sealed class TaxonomyCue
{
    private readonly TieredRegex matcher;
    private readonly Lazy<Regex> anchored;

    internal TaxonomyCue(string pattern, bool isRegex, double weight, TieredRegex regex, IReadOnlyList<string>? anchors = null)
    {
        Pattern = pattern;
        IsRegex = isRegex;
        Weight = weight;
        matcher = regex;
        Anchor = isRegex ? null : CueAnchor.Of(pattern);
        FirstWord = isRegex ? null : CueAnchor.FirstWord(pattern);
        Requirement = isRegex && RequiredLiteral.Of(pattern) is { } literal ? new Regex(Regex.Escape(literal), regex.Options, regex.MatchTimeout) : null;
        anchored = new Lazy<Regex>(() => new Regex(@"\G(?:" + regex.Pattern + ")", regex.Options, regex.MatchTimeout));
        Anchors = anchors;
    }

    /// <summary>The phrase or regular expression as written in the taxonomy file.</summary>
    public string Pattern { get; }

    /// <summary>Whether <see cref="Pattern"/> is a regular expression rather than a literal phrase.</summary>
    public bool IsRegex { get; }

    /// <summary>How much one hit counts, before zone weighting; negative cues count against the term.</summary>
    public double Weight { get; }

    /// <summary>The matcher (literal phrases become whole-word, case-insensitive patterns).</summary>
    internal Regex Regex => matcher.Current;

    /// <summary>A lower-case word every match contains, so a zone without it is skipped; null when none is certain.</summary>
    internal string? Anchor { get; }

    /// <summary>For a regex cue, letters every match contains (matched as the cue matches them); null when none is certain.</summary>
    internal Regex? Requirement { get; }

    /// <summary>The lower-case word every match starts with, as a whole word; null when a match may start elsewhere.</summary>
    internal string? FirstWord { get; }

    /// <summary>The matcher tied to the position it is started at (<c>\G</c>), for trying the cue where its first word starts.</summary>
    internal Regex AnchoredRegex => anchored.Value;
    /// <summary>For a regex cue: lower-case words one of which every match contains (from the file); a zone with none is skipped.</summary>
    internal IReadOnlyList<string>? Anchors { get; }
}
