using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Pdf;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Tests.Pdf;

/// <summary>Runs the extractor the way the registry does.</summary>
internal static class PdfTestRunner
{
    public static ExtractedDocument Extract(byte[] pdf, ExtractionLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(pdf);
        var context = new ExtractionContext("test.pdf", limits ?? ExtractionLimits.Default, cancellationToken);
        return new PdfExtractor().Extract(stream, context);
    }

    public static ExtractedDocument ExtractFile(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Pdf", name);
        return Extract(File.ReadAllBytes(path));
    }
}
