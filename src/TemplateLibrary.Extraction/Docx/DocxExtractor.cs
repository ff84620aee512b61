using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Office;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Docx;

/// <summary>Reads Word documents: body, tables, lists, text boxes, notes, core and custom properties.</summary>
internal sealed class DocxExtractor : IDocumentExtractor
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm", ".dotx", ".dotm"];

    /// <summary>A DOCX is a ZIP package; the registry tells it apart from other packages by its parts.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var parts = OfficePartReader.Prepare(content, context, "DOCX");
        using var document = WordprocessingDocument.Open(content, false, new OpenSettings { AutoSave = false });
        var main = document.MainDocumentPart ?? throw new ExtractionException("damaged DOCX: the main document part is missing");
        var body = WordXml.Child(parts.Load(main), "body")
            ?? throw new ExtractionException("damaged DOCX: the document has no body");

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        var reader = new DocxBodyReader(
            new DocxStyles(parts.Load(main.StyleDefinitionsPart)),
            new DocxNumbering(parts.Load(main.NumberingDefinitionsPart)),
            output);
        reader.ReadBlocks(body);
        ReadNotes(parts.Load(main.FootnotesPart), reader);
        ReadNotes(parts.Load(main.EndnotesPart), reader);

        var metadata = parts.Properties(document);
        return output.ToDocument(Format, TitleChoice.First(metadata.Title, reader.StyledTitle, output.Headings.FirstOrDefault()?.Text), metadata);
    }

    private static void ReadNotes(XElement? notes, DocxBodyReader reader)
    {
        if (notes is null)
        {
            return;
        }

        foreach (var note in notes.Elements().Where(e => e.Name.LocalName is "footnote" or "endnote"))
        {
            if (WordXml.Attr(note, "type") is null or "normal")
            {
                reader.ReadBlocks(note);
            }
        }
    }
}
