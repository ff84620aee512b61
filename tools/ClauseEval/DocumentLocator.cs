using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>
/// Finds and extracts a labelled document by its source name (<c>NNN-slug</c>): the built file in <c>corpus/</c> when it
/// exists, else the Markdown source through the product's Markdown extractor.
/// </summary>
internal sealed class DocumentLocator(string corpus, string sources)
{
    private readonly FileExtractor extractor = FileExtractor.CreateDefault();

    public (ExtractedDocument Document, string Path)? Extract(string source)
    {
        var built = Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus, source + ".*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        var path = built ?? System.IO.Path.Combine(sources, source + ".md");
        return File.Exists(path) ? (extractor.Extract(path, CancellationToken.None), path) : null;
    }
}
