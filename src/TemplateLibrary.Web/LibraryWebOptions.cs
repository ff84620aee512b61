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

    /// <summary>True when readers must sign in too; null falls back to configuration TemplateLibrary:RequireSignIn (default false).</summary>
    public bool? RequireSignIn { get; init; }

    /// <summary>Failed sign-ins or token attempts allowed per client address per minute before 429.</summary>
    public int FailedSignInsPerMinute { get; init; } = 5;

    /// <summary>The folder uploaded files are kept in; null for "uploads" inside the index folder (git-ignored with it).</summary>
    public string? UploadsDirectory { get; init; }

    /// <summary>The folder responses show paths relative to; null for the folder holding the index.</summary>
    public string? LibraryRoot { get; init; }

    /// <summary>Adds to the server's logging (a provider, a filter); null for none.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>The largest upload request, in bytes.</summary>
    public long MaxUploadRequestBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The largest single uploaded file, in bytes.</summary>
    public long MaxUploadFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The largest total size of the original files one export bundle (/api/export?format=zip) may hold, in bytes.</summary>
    public long MaxExportBundleBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>The uploads folder, resolved.</summary>
    internal string ResolvedUploadsDirectory => UploadsDirectory ?? Path.Combine(Path.GetFullPath(IndexDirectory), "uploads");

    /// <summary>The library root, resolved.</summary>
    internal string ResolvedLibraryRoot =>
        LibraryRoot ?? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(IndexDirectory))) ?? Path.GetFullPath(IndexDirectory);
}
