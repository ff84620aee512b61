using Markdig;
using Markdig.Syntax;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Markdown;

/// <summary>Reads Markdown: front matter into metadata, headings, and the text without Markdown syntax.</summary>
internal sealed class MarkdownExtractor : IDocumentExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoLinks()
        .UseFootnotes()
        .UseTaskLists()
        .Build();

    public string Format => "md";

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".mdown", ".mkd"];

    /// <summary>Markdown has no signature; it is chosen by extension only.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var bytes = StreamBytes.ReadAll(content, context.Limits.MaxFileBytes, context.CancellationToken);
        var decoded = TextDecoding.Decode(bytes);
        var frontMatter = FrontMatterReader.Read(decoded.Text);
        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(frontMatter.Body, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExtractionException("too deeply nested: Markdown elements nest deeper than the parser allows", ex);
        }

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        if (frontMatter.Error is { } problem)
        {
            output.AddWarning(problem + "; its metadata was not used");
        }

        new MarkdownTextRenderer(output, context.Limits.MaxNestingDepth * 4).RenderBlocks(syntax);
        var metadata = ToMetadata(frontMatter);
        return output.ToDocument(Format, metadata.Title ?? output.Headings.FirstOrDefault(h => h.Level == 1)?.Text ?? output.Headings.FirstOrDefault()?.Text, metadata);
    }

    private static DocumentMetadata ToMetadata(FrontMatter frontMatter)
    {
        var properties = PropertyBag.Create();
        foreach (var (key, values) in frontMatter.Values)
        {
            PropertyBag.Add(properties, key, string.Join("; ", values));
        }

        string? Single(params string[] keys) =>
            frontMatter.Get(keys) is { } values ? TextCleaner.NullIfBlank(string.Join("; ", values)) : null;

        return new DocumentMetadata
        {
            Title = Single("title"),
            Author = Single("author", "authors", "creator"),
            Subject = Single("description", "subject", "summary"),
            Keywords = (frontMatter.Get("keywords", "tags") ?? [])
                .SelectMany(value => TextCleaner.SplitKeywords(value))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList(),
            Created = DateParsing.Parse(Single("date", "created")),
            Modified = DateParsing.Parse(Single("modified", "updated", "lastmod")),
            Properties = properties,
        };
    }
}
