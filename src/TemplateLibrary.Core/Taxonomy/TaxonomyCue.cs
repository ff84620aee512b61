using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A phrase or pattern whose presence is evidence for a taxonomy term.</summary>
public sealed class TaxonomyCue
{
    private readonly TieredRegex matcher;

    internal TaxonomyCue(string pattern, bool isRegex, double weight, TieredRegex regex, IReadOnlyList<string>? anchors = null)
    {
        Pattern = pattern;
        IsRegex = isRegex;
        Weight = weight;
        matcher = regex;
        Anchor = isRegex ? null : CueAnchor.Of(pattern);
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

    /// <summary>For a regex cue: lower-case words one of which every match contains (from the file); a zone with none is skipped.</summary>
    internal IReadOnlyList<string>? Anchors { get; }
}
