using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Office;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Extraction.Xlsx;

/// <summary>Reads Excel workbooks: each sheet's name as a heading, then its rows with cells separated by tabs.</summary>
internal sealed class XlsxExtractor : IDocumentExtractor
{
    private const int RowsPerBlock = 200;

    public string Format => "xlsx";

    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx", ".xlsm", ".xltx", ".xltm"];

    /// <summary>An XLSX is a ZIP package; the registry tells it apart from other packages by its parts.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public ExtractedDocument Extract(Stream content, ExtractionContext context)
    {
        var parts = OfficePartReader.Prepare(content, context, "XLSX");
        using var document = SpreadsheetDocument.Open(content, false, new OpenSettings { AutoSave = false });
        var workbookPart = document.WorkbookPart ?? throw new ExtractionException("damaged XLSX: the workbook part is missing");
        var workbook = parts.Load(workbookPart) ?? throw new ExtractionException("damaged XLSX: the workbook part is empty");

        var date1904 = Child(workbook, "workbookPr")?.Attributes().FirstOrDefault(a => a.Name.LocalName == "date1904")?.Value is "1" or "true";
        var formatter = new CellValueFormatter(new CellStyles(parts.Load(workbookPart.WorkbookStylesPart)), date1904);
        var sheets = new WorksheetReader(parts, formatter, SharedStringTable.Read(workbookPart.SharedStringTablePart, parts));

        var output = new TextAccumulator(context.Limits.MaxTextChars, context.CancellationToken);
        foreach (var sheet in Child(workbook, "sheets")?.Elements().Where(e => e.Name.LocalName == "sheet") ?? [])
        {
            var relationshipId = sheet.Attributes().FirstOrDefault(a => a.Name.LocalName == "id" && a.Name.NamespaceName.Length > 0)?.Value;
            if (relationshipId is null || !workbookPart.TryGetPartById(relationshipId, out var part) || part is not WorksheetPart worksheet)
            {
                continue;
            }

            output.AddHeading(1, sheet.Attribute("name")?.Value ?? string.Empty);
            var block = new StringBuilder();
            var rows = 0;
            sheets.Read(worksheet, row =>
            {
                block.Append(row).Append('\n');
                if (++rows % RowsPerBlock == 0)
                {
                    output.AddBlock(block.ToString());
                    block.Clear();
                }
            });
            output.AddBlock(block.ToString());
            if (output.Truncated)
            {
                break;
            }
        }

        var metadata = parts.Properties(document);
        return output.ToDocument(Format, TitleChoice.First(metadata.Title), metadata);
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
