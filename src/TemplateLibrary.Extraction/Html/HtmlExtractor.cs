using System.Globalization;
using AngleSharp.Html.Parser;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Html;

/// <summary>Reads HTML pages: the title, headings, visible text only, and author/keywords/description meta.</summary>
internal sealed class HtmlExtractor : IDocumentExtractor
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    /// <summary>True when the file starts (after a BOM, whitespace or an XML declaration) with a doctype or html tag.</summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        var rest = head;
        if (rest.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            rest = rest[3..];
        }

        rest = rest.TrimStart(" \t\r\n\f"u8);
        if (StartsWithIgnoreCase(rest, "<?xml"u8))
        {
            var end = rest.IndexOf("?>"u8);
            rest = end < 0 ? [] : rest[(end + 2)..].TrimStart(" \t\r\n\f"u8);
        }

        return StartsWithIgnoreCase(rest, "<!doctype html"u8) || StartsWithIgnoreCase(rest, "<html"u8);
    }

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var bytes = StreamBytes.ReadAll(content, context.Limits.MaxFileBytes, context.CancellationToken);
        var decoded = TextDecoding.Decode(bytes, HtmlCharset.Declared(bytes));
        var maxDepth = context.Limits.MaxNestingDepth * 16;
        if (HtmlNestingScan.MaxDepth(decoded.Text) > maxDepth)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too deeply nested: HTML elements nest more than {maxDepth} levels deep"));
        }

        // The asynchronous parse is the one that honours cancellation, and so the per-file timeout.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        using var document = parser.ParseDocumentAsync(decoded.Text, context.CancellationToken).GetAwaiter().GetResult();

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        new HtmlTextWalker(output, context.Limits.MaxNestingDepth * 4, context.CancellationToken).Walk(document.Body ?? (AngleSharp.Dom.INode)document);

        var properties = PropertyBag.Create();
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            PropertyBag.Add(properties, meta.GetAttribute("name"), meta.GetAttribute("content"));
        }

        var metadata = new DocumentMetadata
        {
            Title = TextCleaner.NullIfBlank(document.Title),
            Author = properties.GetValueOrDefault("author"),
            Subject = properties.GetValueOrDefault("description"),
            Keywords = TextCleaner.SplitKeywords(properties.GetValueOrDefault("keywords")),
            Properties = properties,
        };

        return output.ToDocument(Format, TitleChoice.First(metadata.Title, output.Headings.FirstOrDefault()?.Text), metadata);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> prefix)
    {
        if (span.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant((char)span[i]) != (char)prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
