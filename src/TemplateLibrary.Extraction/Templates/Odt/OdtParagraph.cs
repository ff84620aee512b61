using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TemplateLibrary.Extraction.Odt;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates.Odt;

/// <summary>One text:p or text:h as the reader sees it, spans joined, mapped back to its text nodes.</summary>
internal sealed class OdtParagraph
{
    private readonly StringBuilder text = new();
    private readonly List<OdtPiece> pieces = [];
    private readonly List<KnownMarker> known = [];

    public OdtParagraph(XElement paragraph)
    {
        Element = paragraph;
        Walk(paragraph);
        Text = text.ToString();
    }

    public XElement Element { get; }

    public string Text { get; }

    public IReadOnlyList<KnownMarker> Known => known;

    /// <summary>Replaces characters [start, start+length) with the value, in the span where they start.</summary>
    public void Replace(int start, int length, string value)
    {
        var end = start + length;
        var lines = value.Split('\n');
        var inserted = false;
        foreach (var piece in pieces.Where(p => p.Start < end && p.End > start).ToList())
        {
            if (piece.Node is not XText node)
            {
                if (!inserted)
                {
                    inserted = true;
                    piece.Node.AddBeforeSelf(Lines(lines, ""));
                }

                piece.Node.Remove();
                continue;
            }

            var current = node.Value;
            var local = Math.Max(start, piece.Start) - piece.Start;
            var suffix = current[(Math.Min(end, piece.End) - piece.Start)..];
            if (inserted)
            {
                node.Value = current[..local] + suffix;
                continue;
            }

            inserted = true;
            node.Value = current[..local];
            node.AddAfterSelf(Lines(lines, suffix));
        }
    }

    private static List<XNode> Lines(string[] lines, string suffix)
    {
        var nodes = new List<XNode>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                nodes.Add(new XElement(OdfNames.Text + "line-break"));
            }

            nodes.Add(new XText(lines[i] + (i == lines.Length - 1 ? suffix : "")));
        }

        return nodes;
    }

    private void Walk(XElement element)
    {
        foreach (var child in element.Nodes())
        {
            if (child is XText textNode)
            {
                Add(textNode.Value, textNode);
                continue;
            }

            if (child is not XElement e)
            {
                continue;
            }

            if (e.Name.Namespace != OdfNames.Text)
            {
                // Frames, drawings and annotations: their paragraphs are blocks of their own.
                continue;
            }

            switch (e.Name.LocalName)
            {
                case "s":
                    var count = int.TryParse(e.Attribute(OdfNames.Text + "c")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? Math.Clamp(c, 1, 1000) : 1;
                    Add(new string(' ', count), e);
                    break;
                case "tab":
                    Add("\t", e);
                    break;
                case "line-break":
                    Add("\n", e);
                    break;
                case "placeholder":
                    var shown = e.Value;
                    known.Add(new KnownMarker(text.Length, shown.Length, shown.Trim().Trim('<', '>').Trim() is { Length: > 0 } name ? name : null, MarkerKind.ContentControl, e));
                    Add(shown, e);
                    break;
                case "span" or "a" or "meta" or "ruby" or "ruby-base" or "hidden-text" or "conditional-text":
                    Walk(e);
                    break;
                case "note" or "tracked-changes" or "change" or "change-start" or "change-end" or "bookmark" or "bookmark-start" or "bookmark-end"
                    or "reference-mark" or "reference-mark-start" or "reference-mark-end" or "soft-page-break" or "alphabetical-index-mark":
                    break;
                default:
                    // Other fields (dates, page numbers, references) show their current text.
                    Add(e.Value, e);
                    break;
            }
        }
    }

    private void Add(string value, XNode node)
    {
        if (value.Length == 0)
        {
            return;
        }

        pieces.Add(new OdtPiece(text.Length, value.Length, node));
        text.Append(value);
    }
}
