namespace TemplateLibrary.Search.Catalogue;

/// <summary>What the full-text index needs of one catalogued document.</summary>
internal sealed record CatalogueEntry
{
    /// <summary>The document's row in the catalogue.</summary>
    public required long RowId { get; init; }

    /// <summary>The agreement's stated review date, if any.</summary>
    public DateOnly? ReviewDate { get; init; }

    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>The generation of the document's last change.</summary>
    public required long Generation { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The librarian's summary, if any.</summary>
    public string? Summary { get; init; }

    /// <summary>The format id.</summary>
    public required string Format { get; init; }

    /// <summary>The primary path.</summary>
    public required string Path { get; init; }

    /// <summary>The effective year.</summary>
    public int? Year { get; init; }

    /// <summary>When the file was last written (round-trip text).</summary>
    public required string FileModified { get; init; }

    /// <summary>The headings, one per line.</summary>
    public required string Headings { get; init; }

    /// <summary>The text.</summary>
    public required string Body { get; init; }

    /// <summary>Where each page starts in the text (PDF), or null.</summary>
    public int[]? PageStarts { get; init; }

    /// <summary>Per facet, the effective values in tag order.</summary>
    public required IReadOnlyDictionary<string, List<string>> Tags { get; init; }

    /// <summary>The id of the current version of its family (its own id when it is the current one).</summary>
    public required string Family { get; init; }

    /// <summary>For a current version, how many earlier versions its family has; 0 for an earlier version.</summary>
    public int EarlierVersions { get; init; }

    /// <summary>True when it is the current version of its family (or has no other version).</summary>
    public bool IsCurrent => Family == Id;
}
