using System.Globalization;
using TemplateLibrary.Core.Documents;

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

    /// <summary>The tagger's view of an extracted document: subject and keywords count as headings; a "year" property or the creation date gives the year.</summary>
    public static TaggingInput From(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var headings = document.Headings.Select(h => h.Text).ToList();
        if (!string.IsNullOrWhiteSpace(metadata.Subject))
        {
            headings.Add(metadata.Subject);
        }

        headings.AddRange(metadata.Keywords);
        int? year = metadata.Properties.TryGetValue("year", out var y)
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new TaggingInput
        {
            Title = document.Title ?? metadata.Title,
            Headings = headings,
            Body = document.Text,
            MetadataYear = year,
            Created = metadata.Created,
        };
    }
}
