namespace TemplateLibrary.Search.Partnerships;

/// <summary>A council's page: its arrangements, the partners it shares with and the documents that name it.</summary>
public sealed record CouncilProfile
{
    /// <summary>The council's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its kind id (county, district, unitary…), when in the gazetteer.</summary>
    public string? Kind { get; init; }

    /// <summary>Its region id, when in the gazetteer.</summary>
    public string? Region { get; init; }

    /// <summary>The region's label.</summary>
    public string? RegionLabel { get; init; }

    /// <summary>The arrangements it is a partner in.</summary>
    public IReadOnlyList<Partnership> Arrangements { get; init; } = [];

    /// <summary>The councils and bodies it shares with, with how many arrangements each, most first.</summary>
    public IReadOnlyList<CouncilPartner> Partners { get; init; } = [];

    /// <summary>The documents tagged with it, newest first.</summary>
    public IReadOnlyList<PartnershipDocument> Documents { get; init; } = [];
}
