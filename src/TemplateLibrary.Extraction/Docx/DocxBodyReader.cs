using System.Text;
using System.Xml.Linq;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Docx;

/// <summary>Walks WordprocessingML block content (body, notes, text boxes) into text blocks and headings.</summary>
internal sealed class DocxBodyReader
{
    private const int MaxHeadingChars = 200;
    private const string CellSeparator = " | ";
    private readonly DocxStyles styles;
    private readonly DocxNumbering numbering;
    private readonly TextAccumulator output;
    private readonly Queue<XElement> pendingTextBoxes = new();

    public DocxBodyReader(DocxStyles styles, DocxNumbering numbering, TextAccumulator output)
    {
        this.styles = styles;
        this.numbering = numbering;
        this.output = output;
    }

    /// <summary>The text of the first paragraph styled Title.</summary>
    public string? StyledTitle { get; private set; }

    /// <summary>Reads paragraphs, tables and content controls in document order.</summary>
    public void ReadBlocks(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (output.Truncated)
            {
                return;
            }

            if (WordXml.Is(child, "p"))
            {
                ReadParagraph(child);
            }
            else if (WordXml.Is(child, "tbl"))
            {
                output.AddBlock(TableText(child));
            }
            else if (WordXml.Is(child, "sdt"))
            {
                if (WordXml.Child(child, "sdtContent") is { } content)
                {
                    ReadBlocks(content);
                }
            }
            else if (WordXml.Is(child, "customXml") || WordXml.Is(child, "ins") || WordXml.Is(child, "moveTo"))
            {
                ReadBlocks(child);
            }
            else if (WordXml.IsMarkupCompatibility(child) && child.Name.LocalName == "AlternateContent"
                && WordXml.ChooseAlternative(child) is { } chosen)
            {
                ReadBlocks(chosen);
            }

            FlushTextBoxes();
        }
    }

    private void FlushTextBoxes()
    {
        while (pendingTextBoxes.Count > 0)
        {
            ReadBlocks(pendingTextBoxes.Dequeue());
        }
    }

    private void ReadParagraph(XElement paragraph)
    {
        var pPr = WordXml.Child(paragraph, "pPr");
        var style = styles.Resolve(WordXml.ChildVal(pPr, "pStyle"));
        var level = style.HeadingLevel;
        if (WordXml.ChildVal(pPr, "outlineLvl") is { } outline)
        {
            level = int.TryParse(outline, out var value) && value is >= 0 and < 9 ? value + 1 : null;
        }

        var numPr = WordXml.Child(pPr, "numPr");
        var numId = numPr is null ? style.NumberingId : WordXml.ChildVal(numPr, "numId") ?? style.NumberingId;
        var numLevel = numPr is null ? style.NumberingLevel : DocxStyles.ParseLevel(WordXml.ChildVal(numPr, "ilvl"));

        var text = InlineText(paragraph);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var prefix = numbering.NextPrefix(numId, numLevel);
        if (level is { } headingLevel && text.Length <= MaxHeadingChars)
        {
            if (style.IsTitle)
            {
                StyledTitle ??= TextCleaner.CollapseWhitespace(text);
            }

            output.AddHeading(headingLevel, text);
            return;
        }

        output.AddBlock(prefix + text);
    }

    private string InlineText(XElement paragraph)
    {
        var builder = new StringBuilder();
        AppendInline(paragraph, builder);
        return builder.ToString();
    }

    private void AppendInline(XElement element, StringBuilder builder)
    {
        foreach (var child in element.Elements())
        {
            if (WordXml.IsWord(child))
            {
                AppendWordElement(child, builder);
            }
            else if (WordXml.IsMath(child))
            {
                if (child.Name.LocalName == "t")
                {
                    builder.Append(child.Value);
                }
                else
                {
                    AppendInline(child, builder);
                }
            }
            else if (WordXml.IsMarkupCompatibility(child))
            {
                if (child.Name.LocalName == "AlternateContent" && WordXml.ChooseAlternative(child) is { } chosen)
                {
                    AppendInline(chosen, builder);
                }
            }
            else
            {
                // Drawings and VML shapes: only their text boxes (w:txbxContent) carry text.
                AppendInline(child, builder);
            }
        }
    }

    private void AppendWordElement(XElement child, StringBuilder builder)
    {
        switch (child.Name.LocalName)
        {
            case "t":
                builder.Append(child.Value);
                break;
            case "tab":
            case "ptab":
                builder.Append('\t');
                break;
            case "br":
            case "cr":
                builder.Append('\n');
                break;
            case "noBreakHyphen":
                builder.Append('-');
                break;
            case "txbxContent":
                pendingTextBoxes.Enqueue(child);
                break;
            case "del":
            case "moveFrom":
            case "delText":
            case "instrText":
            case "delInstrText":
            case "pPr":
            case "rPr":
            case "sdtPr":
            case "sdtEndPr":
            case "fldData":
                break;
            default:
                AppendInline(child, builder);
                break;
        }
    }

    private string TableText(XElement table)
    {
        var rows = new StringBuilder();
        foreach (var row in Flatten(table, "tr"))
        {
            var cells = Flatten(row, "tc").Select(CellText).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                rows.Append(string.Join(CellSeparator, cells)).Append('\n');
            }
        }

        return rows.ToString();
    }

    private string CellText(XElement cell)
    {
        var parts = new List<string>();
        foreach (var child in Flatten(cell, "p", "tbl"))
        {
            var text = WordXml.Is(child, "tbl") ? TableText(child).Replace('\n', ' ') : InlineText(child);
            text = TextCleaner.CollapseWhitespace(text);
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return string.Join(" ", parts);
    }

    /// <summary>The named children, looking through content controls and custom XML wrappers.</summary>
    private static IEnumerable<XElement> Flatten(XElement parent, params string[] localNames)
    {
        foreach (var child in parent.Elements())
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }

            if (localNames.Contains(child.Name.LocalName))
            {
                yield return child;
            }
            else if (child.Name.LocalName is "sdt" or "sdtContent" or "customXml" or "ins" or "moveTo")
            {
                foreach (var nested in Flatten(child, localNames))
                {
                    yield return nested;
                }
            }
        }
    }
}
