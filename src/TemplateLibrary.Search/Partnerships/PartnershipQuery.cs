namespace TemplateLibrary.Search.Partnerships;

/// <summary>What to list from the partnerships directory: words and facet filters (values of one facet are OR, facets AND).</summary>
public sealed record PartnershipQuery
{
    /// <summary>Words every listed arrangement holds in its name, partners, vehicle or documents' titles (any case).</summary>
    public string? Text { get; init; }

    /// <summary>Service category ids.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Delivery model (vehicle) ids.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>Region ids of the partner councils.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Numbers of partners: "2", "3", "4", "5+".</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>Statuses: proposed, operational, dissolved, unknown.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>A partner's name (any case): only the arrangements it is in.</summary>
    public string? Council { get; init; }

    /// <summary>The earliest start year.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The latest start year.</summary>
    public int? YearTo { get; init; }

    /// <summary>How many to return.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>How many to skip.</summary>
    public int Offset { get; init; }
}
