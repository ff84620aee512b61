namespace TemplateLibrary.Tools.PartnershipEval;

/// <summary>One labelled arrangement of the sample library.</summary>
internal sealed record PartnershipLabel(
    string Id,
    string Split,
    string Category,
    string Vehicle,
    IReadOnlySet<string> Councils,
    bool HasBodies,
    string? Lead,
    IReadOnlyList<string> Documents);
