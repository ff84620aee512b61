namespace TemplateLibrary.Search.Model;

/// <summary>One version in a document's family of versions.</summary>
public sealed record DocumentVersion
{
    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its primary path.</summary>
    public required string Path { get; init; }

    /// <summary>The date that orders it among the versions, and where it was found.</summary>
    public required VersionDate Date { get; init; }

    /// <summary>True for the family's current version.</summary>
    public bool IsCurrent { get; init; }

    /// <summary>For an earlier version: its text against the current version's, word by word, with long unchanged runs
    /// left out; empty for the current version.</summary>
    public IReadOnlyList<DiffSegment> Changes { get; init; } = [];

    /// <summary>For an earlier version: words only in the current version and words only in this one.</summary>
    public int WordsAdded { get; init; }

    /// <summary>For an earlier version: words in this one that the current version no longer has.</summary>
    public int WordsRemoved { get; init; }
}
