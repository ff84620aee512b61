namespace TemplateLibrary.Core.Tagging;

/// <summary>What the tagger reads: title, headings, body and any dates the file declared.</summary>
public sealed record TaggingInput
{
    /// <summary>The title; when absent, a short first line of the body stands in.</summary>
    public string? Title { get; init; }

    /// <summary>The headings in order.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>The body text.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The year declared in metadata, which wins over dates in the text.</summary>
    public int? MetadataYear { get; init; }

    /// <summary>The creation date declared in metadata, used for the year when <see cref="MetadataYear"/> is absent.</summary>
    public DateTimeOffset? Created { get; init; }
}
