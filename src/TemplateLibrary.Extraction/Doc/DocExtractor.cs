using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Doc;

/// <summary>Reads Word 97-2003 documents (.doc): the main text, footnotes, endnotes and text boxes, through the piece table.</summary>
internal sealed class DocExtractor : IDocumentExtractor
{
    public string Format => "doc";

    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".dot"];

    /// <summary>Any compound file: one without a WordDocument stream fails with what it is instead (.xls, .ppt, an encrypted DOCX).</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => head.StartsWith(CompoundFile.Signature);

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var container = new CompoundFile(StreamBytes.ReadAll(content, context.Limits.MaxFileBytes, context.CancellationToken));
        var wordDocument = container.ReadStream("WordDocument") ?? throw NotWord(container);
        var fib = WordFib.Read(wordDocument);
        var table = container.ReadStream(fib.UsesTable1 ? "1Table" : "0Table")
            ?? throw new ExtractionException("damaged Word 97-2003 document (.doc): its table stream is missing");
        var pieces = PieceTable.Read(table, fib);

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        var builder = new FlowTextBuilder(output);
        var reader = new WordTextReader(wordDocument, pieces, builder, context.CancellationToken);
        reader.Read(0, fib.MainTextLength, asNotes: false);
        reader.Read(fib.MainTextLength, fib.FootnoteLength, asNotes: true);
        reader.Read(fib.EndnoteStart, fib.EndnoteLength, asNotes: true);
        reader.Read(fib.TextBoxStart, fib.TextBoxLength, asNotes: true);
        builder.Finish();

        return output.ToDocument(Format, TitleChoice.First(output.Headings.FirstOrDefault()?.Text));
    }

    private static ExtractionException NotWord(CompoundFile container) => new(
        container.Contains("EncryptedPackage") ? "password-protected Office document: cannot be read; save it without a password"
        : container.Contains("Workbook") || container.Contains("Book") ? "unsupported format: old binary Excel file (.xls); save it as XLSX"
        : container.Contains("PowerPoint Document") ? "unsupported format: old binary PowerPoint file (.ppt); save it as PPTX"
        : "unsupported format: an Office binary file that is not a Word document");
}
