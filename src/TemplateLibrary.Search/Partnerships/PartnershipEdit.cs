namespace TemplateLibrary.Search.Partnerships;

/// <summary>A librarian's correction of an arrangement: each field given replaces what the documents say; null leaves it.</summary>
public sealed record PartnershipEdit
{
    /// <summary>Every partner with its role (one of <see cref="PartnershipRoles"/>), replacing the derived partners.</summary>
    public IReadOnlyList<PartnerRole>? Members { get; init; }

    /// <summary>The delivery vehicle (delivery model id).</summary>
    public string? Model { get; init; }

    /// <summary>The main service (category id).</summary>
    public string? Category { get; init; }

    /// <summary>proposed, operational or dissolved.</summary>
    public string? Status { get; init; }

    /// <summary>The year it started.</summary>
    public int? StartYear { get; init; }

    /// <summary>True when nothing is set.</summary>
    public bool IsEmpty => Members is null && Model is null && Category is null && Status is null && StartYear is null;
}
