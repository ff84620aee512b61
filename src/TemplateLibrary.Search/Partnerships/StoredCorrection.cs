namespace TemplateLibrary.Search.Partnerships;

/// <summary>One stored correction: the arrangement it applies to, found again by the documents it held (Anchor), and
/// either an edit or the arrangement merged into it (found by the documents it held: Merged).</summary>
internal sealed record StoredCorrection
{
    public IReadOnlyList<string> Anchor { get; init; } = [];

    public PartnershipEdit? Edit { get; init; }

    public IReadOnlyList<string>? Merged { get; init; }
}
