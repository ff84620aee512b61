namespace TemplateLibrary.Core.Taxonomy;

/// <summary>Scoring knobs read from the taxonomy file's "settings" object.</summary>
internal sealed record TaggerSettings
{
    /// <summary>Below this confidence a facet is reported as unknown.</summary>
    public double UnknownBelow { get; init; } = 0.3;

    /// <summary>A secondary category needs at least this fraction of the primary's score.</summary>
    public double SecondaryRatio { get; init; } = 0.5;

    /// <summary>The most secondary categories reported.</summary>
    public int MaxSecondary { get; init; } = 2;

    /// <summary>The score at which confidence reaches about 63% of its ceiling.</summary>
    public double Saturation { get; init; } = 8;

    /// <summary>
    /// Texts shorter than this many words need proportionally less evidence (saturation scales down with length, to no
    /// less than <see cref="ShortTextFloor"/> of it): three cues in a 150-word news item say as much as ten in a report.
    /// 0 turns the scaling off.
    /// </summary>
    public int FullEvidenceWords { get; init; }

    /// <summary>The smallest share of <see cref="Saturation"/> a short text is scored against.</summary>
    public double ShortTextFloor { get; init; } = 0.35;

    /// <summary>How many characters at the start of the body count as the opening.</summary>
    public int OpeningChars { get; init; } = 700;

    /// <summary>Zone multipliers: title, heading, opening, body.</summary>
    public IReadOnlyDictionary<string, double> Zones { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["title"] = 3,
        ["heading"] = 2,
        ["opening"] = 1.5,
        ["body"] = 1,
    };
}
