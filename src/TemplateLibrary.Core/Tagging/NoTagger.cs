using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Tagging;

/// <summary>A tagger that proposes nothing, for ingestion without automatic tags.</summary>
public sealed class NoTagger : IDocumentTagger
{
    /// <summary>The shared instance.</summary>
    public static NoTagger Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Tag> Tag(ExtractedDocument document) => [];
}
