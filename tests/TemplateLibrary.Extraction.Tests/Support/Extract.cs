using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Runs the public registry on a file, as the ingestion pipeline does.</summary>
internal static class Extract
{
    public static ExtractedDocument File(string path, ExtractionLimits? limits = null) =>
        FileExtractor.CreateDefault(limits).Extract(path, CancellationToken.None);
}
