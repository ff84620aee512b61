using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Office;

namespace TemplateLibrary.Extraction.Pptx;

/// <summary>Walks a slide's shape tree: text shapes, groups, tables and SmartArt diagrams, in the order they are drawn.</summary>
internal sealed class SlideReader
{
    private const string CellSeparator = " | ";
    private readonly OfficePartReader parts;

    public SlideReader(OfficePartReader parts)
    {
        this.parts = parts;
    }

    public SlideContent Read(OpenXmlPart slidePart, XElement? slide)
    {
        string? title = null;
        var blocks = new List<string>();
        var tree = DrawingXml.Child(DrawingXml.Child(slide, "cSld"), "spTree");
        if (tree is not null)
        {
            ReadShapes(slidePart, tree, blocks, ref title);
        }

        return new SlideContent(title, blocks);
    }

    /// <summary>The text of the notes page's body: every text shape but the slide image, number, header, footer and date.</summary>
    public List<string> ReadNotes(OpenXmlPart notesPart, XElement? notes)
    {
        var blocks = new List<string>();
        var tree = DrawingXml.Child(DrawingXml.Child(notes, "cSld"), "spTree");
        foreach (var shape in tree?.Descendants().Where(e => e.Name.LocalName == "sp") ?? [])
        {
            if (PlaceholderType(shape) is null or "body" && DrawingXml.Paragraphs(DrawingXml.Child(shape, "txBody")) is { Count: > 0 } lines)
            {
                blocks.Add(string.Join('\n', lines));
            }
        }

        return blocks;
    }

    private void ReadShapes(OpenXmlPart slidePart, XElement container, List<string> blocks, ref string? title)
    {
        foreach (var shape in container.Elements())
        {
            parts.Context.CancellationToken.ThrowIfCancellationRequested();
            switch (shape.Name.LocalName)
            {
                case "sp":
                    var lines = DrawingXml.Paragraphs(DrawingXml.Child(shape, "txBody"));
                    if (lines.Count == 0)
                    {
                        break;
                    }

                    if (title is null && PlaceholderType(shape) is "title" or "ctrTitle")
                    {
                        title = TextCleaner.CollapseWhitespace(string.Join(' ', lines));
                    }
                    else
                    {
                        blocks.Add(string.Join('\n', lines));
                    }

                    break;
                case "grpSp":
                    ReadShapes(slidePart, shape, blocks, ref title);
                    break;
                case "graphicFrame":
                    ReadGraphic(slidePart, shape, blocks);
                    break;
                default:
                    if (DrawingXml.ChooseAlternative(shape) is { } chosen)
                    {
                        ReadShapes(slidePart, chosen, blocks, ref title);
                    }

                    break;
            }
        }
    }

    private void ReadGraphic(OpenXmlPart slidePart, XElement frame, List<string> blocks)
    {
        var data = DrawingXml.Child(DrawingXml.Child(frame, "graphic"), "graphicData");
        if (DrawingXml.Child(data, "tbl") is { } table)
        {
            blocks.Add(TableText(table));
        }
        else if (DrawingXml.Attr(DrawingXml.Child(data, "relIds"), "dm") is { } dataId
            && slidePart.TryGetPartById(dataId, out var diagramData))
        {
            // SmartArt keeps its words in the diagram's data part, one point (dgm:pt) per box.
            var points = parts.Load(diagramData)?.Descendants().Where(e => e.Name.LocalName == "pt") ?? [];
            var lines = points.SelectMany(p => DrawingXml.Paragraphs(DrawingXml.Child(p, "t"))).ToList();
            if (lines.Count > 0)
            {
                blocks.Add(string.Join('\n', lines));
            }
        }
    }

    private static string TableText(XElement table)
    {
        var rows = new List<string>();
        foreach (var row in DrawingXml.Children(table, "tr"))
        {
            var cells = DrawingXml.Children(row, "tc")
                .Where(c => DrawingXml.Attr(c, "hMerge") is not ("1" or "true") && DrawingXml.Attr(c, "vMerge") is not ("1" or "true"))
                .Select(c => TextCleaner.CollapseWhitespace(string.Join(' ', DrawingXml.Paragraphs(DrawingXml.Child(c, "txBody")))))
                .ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                rows.Add(string.Join(CellSeparator, cells));
            }
        }

        return string.Join('\n', rows);
    }

    private static string? PlaceholderType(XElement shape)
    {
        var placeholder = DrawingXml.Child(DrawingXml.Child(DrawingXml.Child(shape, "nvSpPr"), "nvPr"), "ph");
        return placeholder is null ? null : DrawingXml.Attr(placeholder, "type") ?? "body";
    }
}
