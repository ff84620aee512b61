using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Tagging;

/// <summary>The seam for automatic tagging: proposes tags for an extracted document.</summary>
public interface IDocumentTagger
{
    /// <summary>Returns automatic tags (source <see cref="TagSource.Auto"/>) for the document.</summary>
    IReadOnlyList<Tag> Tag(ExtractedDocument document);
}
