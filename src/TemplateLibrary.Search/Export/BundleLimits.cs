namespace TemplateLibrary.Search.Export;

/// <summary>How much a ZIP bundle may hold, checked before any byte is written.</summary>
public sealed record BundleLimits
{
    /// <summary>No limit: a bundle written to a local file.</summary>
    public static BundleLimits None { get; } = new();

    /// <summary>The largest total size of the original files, in bytes.</summary>
    public long MaxBytes { get; init; } = long.MaxValue;
}
