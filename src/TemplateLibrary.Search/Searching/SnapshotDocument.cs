namespace TemplateLibrary.Search.Searching;

/// <summary>What search needs in memory about one document: sort keys and effective facet values.</summary>
internal sealed class SnapshotDocument
{
    /// <summary>The SQLite rowid.</summary>
    public required long RowId { get; init; }

    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The primary path.</summary>
    public required string Path { get; init; }

    /// <summary>The format id.</summary>
    public required string Format { get; init; }

    /// <summary>The effective year.</summary>
    public int? Year { get; init; }

    /// <summary>The file's last write, for date ordering within a year.</summary>
    public required string FileModified { get; init; }

    /// <summary>Per facet slot (see <see cref="FacetSnapshot.Facets"/>), the value ids in tag order.</summary>
    public required int[][] Values { get; init; }
}
