using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Rtf;

/// <summary>Reads Rich Text Format: paragraphs, headings by outline level or heading style, tables, footnotes, \info properties.</summary>
internal sealed class RtfExtractor : IDocumentExtractor
{
    public string Format => "rtf";

    public IReadOnlyCollection<string> Extensions { get; } = [".rtf"];

    public bool Sniff(ReadOnlySpan<byte> head) => head.StartsWith("{\\rtf"u8);

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var bytes = StreamBytes.ReadAll(content, context.Limits.MaxFileBytes, context.CancellationToken);
        if (!bytes.AsSpan().StartsWith("{\\rtf"u8))
        {
            throw new ExtractionException("not an RTF file: it does not start with {\\rtf");
        }

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        var parser = new RtfParser(bytes, new FlowTextBuilder(output), context.Limits.MaxNestingDepth * 4, context.CancellationToken);
        parser.Parse();

        var header = parser.Header;
        var metadata = new DocumentMetadata
        {
            Title = header.Info("title"),
            Author = header.Info("author"),
            Subject = header.Info("subject"),
            Keywords = TextCleaner.SplitKeywords(header.Info("keywords")),
            Created = header.Time("creatim"),
            Modified = header.Time("revtim"),
            Properties = header.UserProperties(),
        };
        return output.ToDocument(Format, TitleChoice.First(metadata.Title, output.Headings.FirstOrDefault()?.Text), metadata);
    }
}
