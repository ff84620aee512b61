using System.Xml.Linq;
using TemplateLibrary.Extraction.Docx;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates.Docx;

/// <summary>Walks one WordprocessingML part into blocks: paragraphs, table cells with their row and column, text boxes.</summary>
internal sealed class DocxBlockReader(string part, string entry, List<TemplateBlock> blocks)
{
    private string? heading;

    public void ReadPart(XElement root) => ReadBlocks(root, null, countable: true);

    private void ReadBlocks(XElement container, TableCellContext? table, bool countable)
    {
        foreach (var child in container.Elements())
        {
            if (!WordXml.IsWord(child))
            {
                if (child.Name.LocalName == "AlternateContent")
                {
                    foreach (var branch in child.Elements())
                    {
                        ReadBlocks(branch, table, countable && branch.Name.LocalName == "Choice");
                    }
                }

                continue;
            }

            switch (child.Name.LocalName)
            {
                case "p":
                    ReadParagraph(child, table, countable, null);
                    break;
                case "tbl":
                    ReadTable(child, countable);
                    break;
                case "sdt" when WordXml.Child(child, "sdtContent") is { } content:
                    var paragraphs = content.Elements().Where(e => WordXml.Is(e, "p")).ToList();
                    if (paragraphs.Count == 1 && content.Elements().Count(e => WordXml.IsWord(e) && !WordXml.Is(e, "p")) == 0)
                    {
                        ReadParagraph(paragraphs[0], table, countable, child);
                    }
                    else
                    {
                        ReadBlocks(content, table, countable);
                    }

                    break;
                case "sectPr" or "tblPr" or "tblGrid" or "trPr" or "tcPr":
                    break;
                default:
                    // body, hdr, ftr, footnote, endnote, customXml, ins, moveTo, txbxContent: containers of blocks.
                    ReadBlocks(child, table, countable);
                    break;
            }
        }
    }

    private void ReadParagraph(XElement p, TableCellContext? table, bool countable, XElement? wholeControl)
    {
        var textBoxes = new List<XElement>();
        var paragraph = new DocxParagraph(p, textBoxes);
        if (wholeControl is not null)
        {
            paragraph.MarkWhole(DocxParagraph.ContentControlName(wholeControl), wholeControl);
        }

        if (paragraph.Text.Length > 0 || paragraph.Known.Count > 0)
        {
            blocks.Add(new TemplateBlock
            {
                Text = paragraph.Text,
                Part = part,
                Table = table,
                Heading = heading,
                Known = paragraph.Known,
                Countable = countable,
                Handle = (entry, paragraph),
            });
        }

        if (IsHeading(p) && paragraph.Text.Trim().Length > 0)
        {
            heading = paragraph.Text.Trim();
        }

        foreach (var box in textBoxes)
        {
            var inFallback = box.Ancestors().Any(a => a.Name.LocalName == "Fallback");
            ReadBlocks(box, null, countable && !inFallback);
        }
    }

    private void ReadTable(XElement table, bool countable)
    {
        var rows = WordXml.Children(table, "tr").ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var header = WordXml.Children(rows[0], "tc").Select(CellText).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = WordXml.Children(rows[r], "tc").ToList();
            var rowLabel = cells.Count > 0 ? CellText(cells[0]) : "";
            for (var c = 0; c < cells.Count; c++)
            {
                var context = new TableCellContext(rowLabel, c < header.Count ? header[c] : "", header.Count, c == 0, r == 0);
                ReadBlocks(cells[c], context, countable);
            }
        }
    }

    private static string CellText(XElement cell) =>
        string.Join(" ", cell.Descendants().Where(e => WordXml.Is(e, "p") && !e.Ancestors().TakeWhile(a => a != cell).Any(a => WordXml.Is(a, "tc")))
            .Select(p => new DocxParagraph(p, []).Text));

    private static bool IsHeading(XElement p)
    {
        var properties = WordXml.Child(p, "pPr");
        var style = WordXml.ChildVal(properties, "pStyle") ?? "";
        return style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            || style.StartsWith("Title", StringComparison.OrdinalIgnoreCase)
            || WordXml.Child(properties, "outlineLvl") is not null;
    }
}
