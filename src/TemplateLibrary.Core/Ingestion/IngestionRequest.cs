using TemplateLibrary.Core.Ingestion.Manifest;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>What to ingest and how.</summary>
public sealed record IngestionRequest
{
    /// <summary>Files and folders; folders are walked recursively.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The librarian's metadata, already validated.</summary>
    public LibraryManifest? Manifest { get; init; }

    /// <summary>How many files are extracted at once; 0 means one per core.</summary>
    public int Jobs { get; init; }

    /// <summary>Reports what would change without extracting or writing anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>Re-extracts and re-tags files even when their content is unchanged.</summary>
    public bool Force { get; init; }
}
