namespace TemplateLibrary.Web.Composition;

/// <summary>Where the library lives and how it is read: what the CLI and the web app pass to <see cref="TemplateLibraryServices.AddTemplateLibrary"/>.</summary>
public sealed record LibrarySetup
{
    /// <summary>The index folder (created when missing).</summary>
    public required string IndexDirectory { get; init; }

    /// <summary>A taxonomy JSON file to use instead of the built-in one; null for the default.</summary>
    public string? TaxonomyFile { get; init; }

    /// <summary>How often to pick up changes other processes made to the catalogue; null for a short-lived command.</summary>
    public TimeSpan? FollowInterval { get; init; }
}
