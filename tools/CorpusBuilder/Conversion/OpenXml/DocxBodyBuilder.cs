using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion.OpenXml;

/// <summary>Turns a parsed Markdown document into WordprocessingML paragraphs, lists and tables.</summary>
internal sealed class DocxBodyBuilder(DocxNumbering numbering)
{
    private const int TextWidthTwips = 9026;

    public IEnumerable<OpenXmlElement> Build(MarkdownDocument markdown)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var block in markdown)
        {
            AppendBlock(block, elements, listLevel: -1, numId: 0);
        }

        return elements;
    }

    private void AppendBlock(Block block, List<OpenXmlElement> output, int listLevel, int numId)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var style = heading.Level == 1 ? "Title" : $"Heading{Math.Min(heading.Level - 1, 3)}";
                output.Add(NewParagraph(style, heading.Inline));
                break;
            case ParagraphBlock paragraph when listLevel >= 0:
                var item = NewParagraph("ListParagraph", paragraph.Inline);
                item.ParagraphProperties!.Append(new NumberingProperties(
                    new NumberingLevelReference { Val = listLevel },
                    new NumberingId { Val = numId }));
                output.Add(item);
                break;
            case ParagraphBlock paragraph:
                output.Add(NewParagraph(null, paragraph.Inline));
                break;
            case ListBlock list:
                var listId = numbering.NewList(list.IsOrdered);
                foreach (var listItem in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in listItem)
                    {
                        // Continuation paragraphs of one item are indented, not numbered again.
                        if (child is ParagraphBlock para && !first)
                        {
                            var continuation = NewParagraph("ListParagraph", para.Inline);
                            output.Add(continuation);
                        }
                        else
                        {
                            AppendBlock(child, output, listLevel + 1, listId);
                        }

                        first = false;
                    }
                }

                break;
            case MdTable table:
                output.Add(NewTable(table));
                output.Add(new Paragraph());
                break;
            case QuoteBlock quote:
                foreach (var child in quote.OfType<ParagraphBlock>())
                {
                    output.Add(NewParagraph("Quote", child.Inline));
                }

                break;
            case ThematicBreakBlock:
                output.Add(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "9FB3C8" }))));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    output.Add(new Paragraph(new Run(
                        new RunProperties(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" }),
                        new Text(line.ToString()) { Space = SpaceProcessingModeValues.Preserve })));
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(child, output, listLevel, numId);
                }

                break;
        }
    }

    private static Paragraph NewParagraph(string? style, ContainerInline? inline)
    {
        var paragraph = new Paragraph();
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        paragraph.Append(properties);
        if (inline is not null)
        {
            AppendInlines(paragraph, inline, bold: false, italic: false);
        }

        return paragraph;
    }

    private static void AppendInlines(OpenXmlCompositeElement parent, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    parent.Append(TextRun(literal.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_';
                    AppendInlines(parent, emphasis, bold || strong, italic || !strong);
                    break;
                case CodeInline code:
                    parent.Append(TextRun(code.Content, bold, italic));
                    break;
                case LineBreakInline:
                    // Same rule as the HTML pipeline: every line break in a paragraph is kept.
                    parent.Append(new Run(new Break()));
                    break;
                case HtmlEntityInline entity:
                    parent.Append(TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case AutolinkInline autolink:
                    parent.Append(TextRun(autolink.Url, bold, italic));
                    break;
                case ContainerInline nested:
                    AppendInlines(parent, nested, bold, italic);
                    break;
            }
        }
    }

    private static Run TextRun(string text, bool bold, bool italic)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static WTable NewTable(MdTable source)
    {
        var columns = Math.Max(1, source.OfType<MdRow>().Max(r => r.Count));
        var columnWidth = TextWidthTwips / columns;
        var table = new WTable(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = TextWidthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }));
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = columnWidth.ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        foreach (var sourceRow in source.OfType<MdRow>())
        {
            var row = new TableRow();
            if (sourceRow.IsHeader)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var sourceCell in sourceRow.OfType<MdCell>())
            {
                var cell = new TableCell(new TableCellProperties(
                    new TableCellWidth { Width = columnWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                if (sourceRow.IsHeader)
                {
                    cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DCE6F0" });
                }

                var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
                foreach (var inline in sourceCell.OfType<ParagraphBlock>().Where(p => p.Inline is not null))
                {
                    AppendInlines(paragraph, inline.Inline!, sourceRow.IsHeader, italic: false);
                }

                cell.Append(paragraph);
                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }
}
