namespace TemplateLibrary.Core.Tagging;

/// <summary>Everything the tagger concluded about one document; a null facet means "unknown".</summary>
public sealed record TaggingResult
{
    /// <summary>The primary service category, or null when unknown.</summary>
    public FacetMatch? Category { get; init; }

    /// <summary>The delivery model, or null when unknown.</summary>
    public FacetMatch? Model { get; init; }

    /// <summary>The document type, or null when unknown.</summary>
    public FacetMatch? Type { get; init; }

    /// <summary>Up to two further service categories the document clearly also covers.</summary>
    public IReadOnlyList<FacetMatch> SecondaryCategories { get; init; } = [];

    /// <summary>The statutory powers cited, most cited first.</summary>
    public IReadOnlyList<PowerMatch> Powers { get; init; } = [];

    /// <summary>The councils named, most named first.</summary>
    public IReadOnlyList<CouncilMatch> Councils { get; init; } = [];

    /// <summary>Other public bodies named (NHS trusts, police, parish councils, ...), most named first.</summary>
    public IReadOnlyList<PartnerBodyMatch> PartnerBodies { get; init; } = [];

    /// <summary>The document's year, or null when none is plausible.</summary>
    public YearMatch? Year { get; init; }

    /// <summary>This result as indented camelCase JSON (the <c>templib tag --json</c> contract).</summary>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, TaggingJson.Options);
}
