using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Odt;

/// <summary>Walks ODF text content (content.xml) into blocks, headings, list items, table rows and notes.</summary>
internal sealed class OdtContentReader
{
    private static readonly HashSet<XName> Skipped =
    [
        OdfNames.Text + "tracked-changes",
        OdfNames.Text + "sequence-decls",
        OdfNames.Text + "variable-decls",
        OdfNames.Text + "user-field-decls",
        OdfNames.Office + "forms",
        OdfNames.Office + "annotation",
        OdfNames.Office + "annotation-end",
    ];

    private readonly TextAccumulator output;
    private readonly HashSet<string> titleStyles;
    private readonly List<XElement> notes = [];
    private readonly Queue<XElement> pendingFrames = new();

    public OdtContentReader(TextAccumulator output, XElement documentContent)
    {
        this.output = output;
        titleStyles = TitleStyles(documentContent);
    }

    /// <summary>The text of the first paragraph styled Title.</summary>
    public string? StyledTitle { get; private set; }

    /// <summary>Reads the office:text body, then the footnotes and endnotes it cites.</summary>
    public void Read(XElement officeText)
    {
        ReadBlocks(officeText);
        for (var i = 0; i < notes.Count && !output.Truncated; i++)
        {
            if (notes[i].Element(OdfNames.Text + "note-body") is { } body)
            {
                ReadBlocks(body);
            }
        }
    }

    private void ReadBlocks(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (output.Truncated)
            {
                return;
            }

            if (child.Name == OdfNames.Text + "h")
            {
                var level = int.TryParse(
                    (string?)child.Attribute(OdfNames.Text + "outline-level"),
                    NumberStyles.Integer,
                    CultureInfo.InvariantCulture,
                    out var parsed) ? parsed : 1;
                output.AddHeading(level, InlineText(child));
            }
            else if (child.Name == OdfNames.Text + "p")
            {
                var text = InlineText(child);
                if (StyledTitle is null && titleStyles.Contains((string?)child.Attribute(OdfNames.Text + "style-name") ?? string.Empty))
                {
                    StyledTitle = TextCleaner.NullIfBlank(text);
                }

                output.AddBlock(text);
            }
            else if (child.Name == OdfNames.Text + "list")
            {
                var lines = new StringBuilder();
                AppendList(child, 0, lines);
                output.AddBlock(lines.ToString());
            }
            else if (child.Name == OdfNames.Table + "table")
            {
                output.AddBlock(TableText(child));
            }
            else if (!Skipped.Contains(child.Name))
            {
                ReadBlocks(child);
            }

            while (pendingFrames.Count > 0)
            {
                ReadBlocks(pendingFrames.Dequeue());
            }
        }
    }

    private void AppendList(XElement list, int depth, StringBuilder lines)
    {
        foreach (var item in list.Elements())
        {
            if (item.Name != OdfNames.Text + "list-item" && item.Name != OdfNames.Text + "list-header")
            {
                continue;
            }

            foreach (var part in item.Elements())
            {
                if (part.Name == OdfNames.Text + "list")
                {
                    AppendList(part, depth + 1, lines);
                }
                else if (part.Name == OdfNames.Table + "table")
                {
                    lines.Append(TableText(part));
                }
                else
                {
                    var text = InlineText(part);
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        lines.Append(' ', depth * 2).Append("- ").Append(text.Trim()).Append('\n');
                    }
                }
            }
        }
    }

    private string TableText(XElement table)
    {
        var rows = new StringBuilder();
        foreach (var row in table.Descendants(OdfNames.Table + "table-row"))
        {
            if (row.Ancestors(OdfNames.Table + "table").FirstOrDefault() != table)
            {
                continue;
            }

            var cells = row.Elements(OdfNames.Table + "table-cell")
                .Select(cell => TextCleaner.CollapseWhitespace(string.Join(" ", cell.Elements().Select(CellPartText))))
                .ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                rows.Append(string.Join(" | ", cells)).Append('\n');
            }
        }

        return rows.ToString();
    }

    private string CellPartText(XElement part)
    {
        if (part.Name == OdfNames.Table + "table")
        {
            return TableText(part).Replace('\n', ' ');
        }

        if (part.Name == OdfNames.Text + "list")
        {
            var lines = new StringBuilder();
            AppendList(part, 0, lines);
            return lines.ToString();
        }

        return InlineText(part);
    }

    private string InlineText(XElement element)
    {
        var builder = new StringBuilder();
        AppendInline(element, builder);
        return builder.ToString();
    }

    private void AppendInline(XElement element, StringBuilder builder)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                AppendCollapsed(text.Value, builder);
                continue;
            }

            if (node is not XElement child || Skipped.Contains(child.Name))
            {
                continue;
            }

            if (child.Name == OdfNames.Text + "s")
            {
                var count = int.TryParse((string?)child.Attribute(OdfNames.Text + "c"), out var c) ? Math.Clamp(c, 1, 100) : 1;
                builder.Append(' ', count);
            }
            else if (child.Name == OdfNames.Text + "tab")
            {
                builder.Append('\t');
            }
            else if (child.Name == OdfNames.Text + "line-break")
            {
                builder.Append('\n');
            }
            else if (child.Name == OdfNames.Text + "note")
            {
                notes.Add(child);
            }
            else if (child.Name.Namespace == OdfNames.Draw)
            {
                // Frames and shapes hold their own paragraphs: read them as blocks after this one.
                pendingFrames.Enqueue(child);
            }
            else if (child.Name.Namespace == OdfNames.Svg)
            {
                // Shape titles and descriptions are alternative text, not document text.
            }
            else
            {
                AppendInline(child, builder);
            }
        }
    }

    /// <summary>"Title" and the automatic styles LibreOffice derives from it (P1 with parent Title).</summary>
    private static HashSet<string> TitleStyles(XElement documentContent)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "Title" };
        var automatic = documentContent.Element(OdfNames.Office + "automatic-styles");
        foreach (var style in automatic?.Elements(OdfNames.Style + "style") ?? [])
        {
            if ((string?)style.Attribute(OdfNames.Style + "parent-style-name") == "Title"
                && (string?)style.Attribute(OdfNames.Style + "name") is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static void AppendCollapsed(string value, StringBuilder builder)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length == 0 || builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
