namespace TemplateLibrary.Search.Model;

/// <summary>Counts and sizes describing an index.</summary>
public sealed record IndexStats
{
    /// <summary>The number of documents.</summary>
    public required int Documents { get; init; }

    /// <summary>The number of file paths.</summary>
    public required int Files { get; init; }

    /// <summary>Documents per format.</summary>
    public required IReadOnlyDictionary<string, int> ByFormat { get; init; }

    /// <summary>Per facet, documents per effective value.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> ByFacet { get; init; }

    /// <summary>The catalogue's size on disk in bytes (including the write-ahead log).</summary>
    public required long DatabaseBytes { get; init; }

    /// <summary>The full-text index's size on disk in bytes.</summary>
    public required long IndexBytes { get; init; }

    /// <summary>The schema version.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>When a document was last indexed, if ever.</summary>
    public DateTimeOffset? LastIngest { get; init; }
}
