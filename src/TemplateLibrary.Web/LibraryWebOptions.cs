namespace TemplateLibrary.Web;

/// <summary>How the web front end is set up: where the index is, what to ingest first, where to listen.</summary>
public sealed record LibraryWebOptions
{
    /// <summary>The default address: the loopback interface only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>How often the server picks up documents that a CLI ingest beside it wrote to the catalogue.</summary>
    public static readonly TimeSpan FollowInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>The index folder (created when missing).</summary>
    public required string IndexDirectory { get; init; }

    /// <summary>The sample library to ingest when the index is empty; null or missing to skip.</summary>
    public string? CorpusDirectory { get; init; }

    /// <summary>A taxonomy JSON file to use instead of the built-in one; null for the default.</summary>
    public string? TaxonomyFile { get; init; }

    /// <summary>The addresses to listen on, separated by ';'; null for configuration or <see cref="DefaultUrls"/>.</summary>
    public string? Urls { get; init; }

    /// <summary>The librarian's upload key; null falls back to configuration TemplateLibrary:UploadApiKey, and none turns uploads off.</summary>
    public string? UploadApiKey { get; init; }

    /// <summary>The folder uploaded files are kept in; null for "uploads" beside the index.</summary>
    public string? UploadsDirectory { get; init; }

    /// <summary>The largest upload request, in bytes.</summary>
    public long MaxUploadRequestBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The largest single uploaded file, in bytes.</summary>
    public long MaxUploadFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The uploads folder, resolved.</summary>
    internal string ResolvedUploadsDirectory =>
        UploadsDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(IndexDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "uploads");
}
