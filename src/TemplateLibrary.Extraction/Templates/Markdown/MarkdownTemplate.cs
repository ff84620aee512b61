using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates.Markdown;

/// <summary>A Markdown template: paragraphs, headings and table cells (front matter and code left out), filled by editing the source.</summary>
internal sealed class MarkdownTemplate : ITemplateDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    private readonly string source;
    private readonly List<TemplateBlock> blocks = [];
    private readonly List<(int Start, int End, string Value)> edits = [];
    private string? heading;

    private MarkdownTemplate(string source)
    {
        this.source = source;
    }

    public string Format => "markdown";

    public string Extension => ".md";

    public IReadOnlyList<TemplateBlock> Blocks => blocks;

    public static MarkdownTemplate Read(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new TemplateException("the Markdown template is not UTF-8 text", ex);
        }

        var template = new MarkdownTemplate(text);
        template.Walk(Markdig.Markdown.Parse(text, Pipeline), null);
        return template;
    }

    public bool Replace(TemplateBlock block, Marker marker, string value)
    {
        var markdown = (MarkdownBlock)block.Handle;
        if (markdown.SourceRange(marker.Start, marker.End) is { } range)
        {
            edits.Add((range.Start, range.End, MarkdownEscaper.Escape(value, markdown.InTable)));
            return true;
        }

        return false;
    }

    public byte[] Save()
    {
        var builder = new StringBuilder(source);
        foreach (var (start, end, value) in edits.OrderByDescending(e => e.Start))
        {
            builder.Remove(start, end - start).Insert(start, value);
        }

        return new UTF8Encoding(false).GetBytes(builder.ToString());
    }

    private void Walk(ContainerBlock container, TableCellContext? table)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case Table grid:
                    WalkTable(grid);
                    break;
                case HeadingBlock headingBlock:
                    var title = Add(headingBlock, table);
                    heading = title.Trim().Length > 0 ? title.Trim() : heading;
                    break;
                case ParagraphBlock paragraph:
                    Add(paragraph, table);
                    break;
                case ContainerBlock inner:
                    Walk(inner, table);
                    break;
                default:
                    // Front matter, code and HTML blocks are not text a reader fills in.
                    break;
            }
        }
    }

    private void WalkTable(Table grid)
    {
        var rows = grid.OfType<TableRow>().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var header = rows[0].OfType<TableCell>().Select(CellText).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].OfType<TableCell>().ToList();
            var rowLabel = cells.Count > 0 ? CellText(cells[0]) : "";
            for (var c = 0; c < cells.Count; c++)
            {
                Walk(cells[c], new TableCellContext(rowLabel, c < header.Count ? header[c] : "", header.Count, c == 0, r == 0));
            }
        }
    }

    private string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<LeafBlock>().Select(b => new MarkdownBlock(b, true, source).Text));

    private string Add(LeafBlock leaf, TableCellContext? table)
    {
        var block = new MarkdownBlock(leaf, table is not null, source);
        if (block.Text.Length > 0)
        {
            blocks.Add(new TemplateBlock { Text = block.Text, Part = "body", Table = table, Heading = heading, Opaque = block.Opaque, Handle = block });
        }

        return block.Text;
    }
}
