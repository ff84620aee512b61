namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>One row of a librarian's manifest: the metadata supplied for one file.</summary>
public sealed record ManifestEntry
{
    /// <summary>The full path of the file the row describes.</summary>
    public required string Path { get; init; }

    /// <summary>The 1-based line of the row in the manifest.</summary>
    public int Line { get; init; }

    /// <summary>The title, if given.</summary>
    public string? Title { get; init; }

    /// <summary>The summary, if given.</summary>
    public string? Summary { get; init; }

    /// <summary>Values per facet (category, model, type, council, year, power), already normalised.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
}
