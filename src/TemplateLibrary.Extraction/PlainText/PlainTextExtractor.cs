using System.Globalization;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.PlainText;

/// <summary>Reads plain text files in UTF-8, UTF-16, UTF-32 or Windows-1252.</summary>
internal sealed class PlainTextExtractor : IDocumentExtractor
{
    public string Format => "txt";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ".csv", ".tsv", ".log"];

    /// <summary>Plain text has no signature; it is chosen by extension only.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var bytes = StreamBytes.ReadAll(content, context.Limits.MaxFileBytes, context.CancellationToken);
        if (BinaryContent.LooksBinary(bytes))
        {
            throw new ExtractionException("not a text file: looks like binary data");
        }

        var decoded = TextDecoding.Decode(bytes);
        var text = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        if (decoded.InvalidBytes > 0)
        {
            text.AddWarning(string.Create(
                CultureInfo.InvariantCulture,
                $"{decoded.InvalidBytes} bytes were not valid {decoded.EncodingName} and were replaced"));
        }

        foreach (var paragraph in SplitParagraphs(decoded.Text))
        {
            text.AddBlock(paragraph);
            if (text.Truncated)
            {
                break;
            }
        }

        return new ExtractedDocument
        {
            Format = Format,
            Text = text.Text,
            Title = IsTable(context.FileName) ? null : FirstLine(text.Text),
            Warnings = text.Warnings,
        };
    }

    private static IEnumerable<string> SplitParagraphs(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var start = 0;
        while (start < normalized.Length)
        {
            var end = normalized.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                yield return normalized[start..];
                yield break;
            }

            yield return normalized[start..end];
            start = end + 2;
        }
    }

    /// <summary>A CSV or TSV file's first line is its column header, not a title.</summary>
    private static bool IsTable(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".tsv";

    private static string? FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).Trim();
        return line.Length is > 0 and <= 200 ? line : null;
    }
}
