namespace TemplateLibrary.Core.Documents;

/// <summary>Metadata a file declares about itself.</summary>
public sealed record DocumentMetadata
{
    /// <summary>No metadata.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The declared title.</summary>
    public string? Title { get; init; }

    /// <summary>The declared author or creator.</summary>
    public string? Author { get; init; }

    /// <summary>The declared subject or description.</summary>
    public string? Subject { get; init; }

    /// <summary>The declared keywords, split into single entries.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>When the file says it was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the file says it was last modified.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The page count, for paged formats.</summary>
    public int? PageCount { get; init; }

    /// <summary>Other named properties: DOCX custom properties, Markdown front matter keys (lower-cased).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
