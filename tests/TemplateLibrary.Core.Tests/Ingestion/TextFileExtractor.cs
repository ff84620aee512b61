using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;

namespace TemplateLibrary.Core.Tests.Ingestion;

/// <summary>Reads files as UTF-8 text; "BROKEN" content fails and "HANG" content waits for cancellation.</summary>
internal sealed class TextFileExtractor : IFileExtractor
{
    public int Calls;

    public ExtractedDocument Extract(string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        var text = File.ReadAllText(path);
        if (text.StartsWith("BROKEN", StringComparison.Ordinal))
        {
            throw new ExtractionException("truncated or damaged file");
        }

        if (text.StartsWith("HANG", StringComparison.Ordinal))
        {
            Task.Delay(Timeout.Infinite, cancellationToken).Wait(CancellationToken.None);
        }

        return new ExtractedDocument { Format = "txt", Text = text, Headings = [new DocumentHeading(1, text.Split('\n')[0])] };
    }
}
