using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Xml;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Docx;

/// <summary>Reads Word documents: body, tables, lists, text boxes, notes, core and custom properties.</summary>
internal sealed class DocxExtractor : IDocumentExtractor
{
    private const string CorePropertiesPath = "docProps/core.xml";

    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm", ".dotx", ".dotm"];

    /// <summary>A DOCX is a ZIP package; the registry tells it apart from other packages by its parts.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var budget = new InflateBudget(context.Limits.MaxDecompressedBytes);
        var maxDepth = context.Limits.MaxNestingDepth * 4;
        XElement? coreByPath;
        using (var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
        {
            ZipSafety.Check(archive, context.Limits, "DOCX");

            // LibreOffice links core.xml with a misspelt relationship type the SDK does not follow.
            coreByPath = null;
            if (archive.GetEntry(CorePropertiesPath) is { } coreEntry)
            {
                using var coreStream = ZipSafety.OpenBounded(coreEntry, budget);
                coreByPath = SafeXmlLoader.Load(coreStream, CorePropertiesPath, maxDepth, context.CancellationToken);
            }
        }

        content.Position = 0;
        XElement? Load(OpenXmlPart? part)
        {
            if (part is null)
            {
                return null;
            }

            using var stream = new BoundedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), budget);
            return SafeXmlLoader.Load(stream, part.Uri.OriginalString.TrimStart('/'), maxDepth, context.CancellationToken);
        }

        using var document = WordprocessingDocument.Open(content, false, new OpenSettings { AutoSave = false });
        var main = document.MainDocumentPart ?? throw new ExtractionException("damaged DOCX: the main document part is missing");
        var body = WordXml.Child(Load(main), "body")
            ?? throw new ExtractionException("damaged DOCX: the document has no body");

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        var reader = new DocxBodyReader(
            new DocxStyles(Load(main.StyleDefinitionsPart)),
            new DocxNumbering(Load(main.NumberingDefinitionsPart)),
            output);
        reader.ReadBlocks(body);
        ReadNotes(Load(main.FootnotesPart), reader);
        ReadNotes(Load(main.EndnotesPart), reader);

        var metadata = DocxProperties.Read(
            Load(document.CoreFilePropertiesPart) ?? coreByPath,
            Load(document.CustomFilePropertiesPart));
        return new ExtractedDocument
        {
            Format = Format,
            Text = output.Text,
            Title = TitleChoice.First(metadata.Title, reader.StyledTitle, output.Headings.FirstOrDefault()?.Text),
            Headings = output.Headings,
            Metadata = metadata,
            Warnings = output.Warnings,
        };
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
