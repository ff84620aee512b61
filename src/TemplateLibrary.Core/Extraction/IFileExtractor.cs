using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Extraction;

/// <summary>Reads the text and metadata of a file, whatever its format.</summary>
public interface IFileExtractor
{
    /// <summary>Extracts one file; throws <see cref="Errors.ExtractionException"/> with a reason when it cannot.</summary>
    ExtractedDocument Extract(string path, CancellationToken cancellationToken);
}
