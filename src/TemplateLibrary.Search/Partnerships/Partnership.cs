namespace TemplateLibrary.Search.Partnerships;

/// <summary>A shared-service arrangement found in the library: the same partners sharing the same service, with the
/// documents about it.</summary>
public sealed record Partnership
{
    /// <summary>A stable id: the service and a hash of the partners' names.</summary>
    public required string Id { get; init; }

    /// <summary>A readable name: the service and the partners' short names.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The service category id the documents are about.</summary>
    public required string Category { get; init; }

    /// <summary>The service's label.</summary>
    public string CategoryLabel { get; init; } = string.Empty;

    /// <summary>Every service category the documents name, the main one first.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The delivery vehicle (delivery model id), or null when no document says.</summary>
    public string? Model { get; init; }

    /// <summary>The vehicle's label.</summary>
    public string? ModelLabel { get; init; }

    /// <summary>The year it started: an agreement's commencement, else the earliest agreement's year, else the earliest
    /// document's year.</summary>
    public int? StartYear { get; init; }

    /// <summary>proposed, operational or dissolved when a document says so, else null.</summary>
    public string? Status { get; init; }

    /// <summary>The sentence the status was read from.</summary>
    public string? StatusEvidence { get; init; }

    /// <summary>The regions of the partner councils (ids).</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The partners with their roles, councils first.</summary>
    public IReadOnlyList<PartnershipMember> Members { get; init; } = [];

    /// <summary>The documents about it, oldest first.</summary>
    public IReadOnlyList<PartnershipDocument> Documents { get; init; } = [];

    /// <summary>True when a librarian corrected it or merged another into it.</summary>
    public bool Corrected { get; init; }

    /// <summary>The savings and costs its documents report.</summary>
    public IReadOnlyList<ReportedSaving> Savings { get; init; } = [];
}
