namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>A validated manifest: the librarian's metadata keyed by full file path.</summary>
public sealed class LibraryManifest
{
    private readonly Dictionary<string, ManifestEntry> _entries;

    internal LibraryManifest(string path, IEnumerable<ManifestEntry> entries)
    {
        Path = path;
        _entries = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    /// <summary>The manifest file's full path.</summary>
    public string Path { get; }

    /// <summary>The number of rows.</summary>
    public int Count => _entries.Count;

    /// <summary>Every entry.</summary>
    public IEnumerable<ManifestEntry> Entries => _entries.Values;

    /// <summary>The entry for a file, if the manifest has one.</summary>
    public ManifestEntry? Find(string fullPath) => _entries.GetValueOrDefault(fullPath);
}
