using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Html;

/// <summary>Walks an HTML DOM and writes only visible text: block elements break lines, tables become rows of cells.</summary>
internal sealed class HtmlTextWalker
{
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object",
        "embed", "svg", "math", "canvas", "audio", "video", "map", "datalist",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
        "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "address", "form", "fieldset", "legend", "hr",
        "details", "summary", "caption", "center", "body", "html", "menu", "hgroup", "search",
    };

    private readonly TextAccumulator output;
    private readonly int maxDepth;
    private readonly CancellationToken cancellationToken;
    private StringBuilder current = new();
    private int captureDepth;
    private int preDepth;
    private int visited;

    public HtmlTextWalker(TextAccumulator output, int maxDepth, CancellationToken cancellationToken)
    {
        this.output = output;
        this.maxDepth = maxDepth;
        this.cancellationToken = cancellationToken;
    }

    public void Walk(INode root)
    {
        Visit(root, 0);
        BlockBreak();
    }

    private void Visit(INode node, int depth)
    {
        if ((++visited & 0x3FF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (depth > maxDepth)
        {
            output.AddWarning(string.Create(CultureInfo.InvariantCulture, $"content nested deeper than {maxDepth} levels was skipped"));
            return;
        }

        switch (node)
        {
            case IText text:
                AppendText(text.Data);
                return;
            case IElement element:
                VisitElement(element, depth);
                return;
            default:
                VisitChildren(node, depth);
                return;
        }
    }

    private void VisitChildren(INode node, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            Visit(child, depth + 1);
        }
    }

    private void VisitElement(IElement element, int depth)
    {
        var name = element.LocalName;
        if (Invisible.Contains(name) || IsHidden(element))
        {
            return;
        }

        if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
        {
            BlockBreak();
            var heading = Capture(element, depth);
            if (captureDepth > 0)
            {
                current.Append(heading).Append(' ');
            }
            else
            {
                output.AddHeading(name[1] - '0', heading);
            }

            return;
        }

        switch (name)
        {
            case "br":
                current.Append('\n');
                return;
            case "table":
                BlockBreak();
                AppendTable(element, depth);
                BlockBreak();
                return;
            case "li":
                LineBreak();
                current.Append("- ");
                VisitChildren(element, depth);
                LineBreak();
                return;
            case "td" or "th":
                current.Append(" | ");
                VisitChildren(element, depth);
                return;
            case "tr":
                LineBreak();
                VisitChildren(element, depth);
                LineBreak();
                return;
            case "img":
                // Alternative text is what the image says to readers who cannot see it.
                if (element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    AppendText(" " + alt + " ");
                }

                return;
            case "pre":
                BlockBreak();
                preDepth++;
                VisitChildren(element, depth);
                preDepth--;
                BlockBreak();
                return;
            default:
                break;
        }

        var isBlock = Blocks.Contains(name);
        if (isBlock)
        {
            BlockBreak();
        }

        VisitChildren(element, depth);
        if (isBlock)
        {
            BlockBreak();
        }
    }

    private void AppendTable(IElement table, int depth)
    {
        IEnumerable<IHtmlTableRowElement> rows = table is IHtmlTableElement htmlTable ? htmlTable.Rows : [];
        var lines = new StringBuilder();
        if (table is IHtmlTableElement { Caption: { } caption } && !IsHidden(caption))
        {
            lines.Append(TextCleaner.CollapseWhitespace(Capture(caption, depth + 1))).Append('\n');
        }

        foreach (var row in rows)
        {
            var cells = row.Cells.Where(cell => !IsHidden(cell)).Select(cell => TextCleaner.CollapseWhitespace(Capture(cell, depth + 2))).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                lines.Append(string.Join(" | ", cells)).Append('\n');
            }
        }

        if (captureDepth > 0)
        {
            current.Append(lines.Replace('\n', ' '));
        }
        else
        {
            output.AddBlock(lines.ToString());
        }
    }

    /// <summary>The text of an element's children, collected apart from the current block.</summary>
    private string Capture(IElement element, int depth)
    {
        var saved = current;
        current = new StringBuilder();
        captureDepth++;
        VisitChildren(element, depth);
        captureDepth--;
        var text = current.ToString();
        current = saved;
        return text;
    }

    private void AppendText(string data)
    {
        if (preDepth > 0)
        {
            current.Append(data);
            return;
        }

        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (current.Length > 0 && !char.IsWhiteSpace(current[^1]))
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private void LineBreak()
    {
        if (captureDepth > 0)
        {
            current.Append(' ');
            return;
        }

        while (current.Length > 0 && current[^1] == ' ')
        {
            current.Length--;
        }

        if (current.Length > 0 && current[^1] != '\n')
        {
            current.Append('\n');
        }
    }

    private void BlockBreak()
    {
        if (captureDepth > 0)
        {
            current.Append(' ');
            return;
        }

        if (current.Length > 0)
        {
            output.AddBlock(current.ToString());
            current.Clear();
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }
}
