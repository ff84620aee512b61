using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>A page of the partnerships directory with its facet counts (each facet's counts apply every other facet's
/// filter but not its own).</summary>
public sealed record PartnershipList
{
    /// <summary>How many arrangements match.</summary>
    public int Total { get; init; }

    /// <summary>How many partners (distinct councils and bodies) the matching arrangements have.</summary>
    public int Members { get; init; }

    /// <summary>The page of matching arrangements, by service then name.</summary>
    public IReadOnlyList<Partnership> Items { get; init; } = [];

    /// <summary>Counts by facet: category, model, region, partners, year, status.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetCount>>();
}
