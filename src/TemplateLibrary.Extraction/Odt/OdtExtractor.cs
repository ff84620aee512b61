using System.IO.Compression;
using System.Xml.Linq;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Xml;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Odt;

/// <summary>Reads OpenDocument text files: paragraphs, headings, lists, tables, notes and metadata.</summary>
internal sealed class OdtExtractor : IDocumentExtractor
{
    private const int MimetypeOffset = 30;

    public string Format => "odt";

    public IReadOnlyCollection<string> Extensions { get; } = [".odt", ".ott"];

    /// <summary>True for a ZIP whose first entry is the uncompressed mimetype of an ODF text document.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\x03\x04"u8)
        && head.Length > MimetypeOffset + 47
        && head[MimetypeOffset..].StartsWith("mimetypeapplication/vnd.oasis.opendocument.text"u8);

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        ZipSafety.Check(archive, context.Limits, "ODT");
        var budget = new InflateBudget(context.Limits.MaxDecompressedBytes);
        XElement? Load(string name)
        {
            var entry = archive.GetEntry(name);
            if (entry is null)
            {
                return null;
            }

            using var stream = ZipSafety.OpenBounded(entry, budget);
            return SafeXmlLoader.Load(stream, name, context.Limits.MaxNestingDepth * 4, context.CancellationToken);
        }

        var document = Load("content.xml") ?? throw new ExtractionException("damaged ODT: content.xml is missing");
        var officeText = document.Element(OdfNames.Office + "body")?.Element(OdfNames.Office + "text")
            ?? throw new ExtractionException("not an ODT text document: the content has no text body");

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        var reader = new OdtContentReader(output, document);
        reader.Read(officeText);
        var metadata = OdtMetaReader.Read(Load("meta.xml"));
        return output.ToDocument(Format, TitleChoice.First(metadata.Title, reader.StyledTitle, output.Headings.FirstOrDefault()?.Text), metadata);
    }
}
