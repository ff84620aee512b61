using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TemplateLibrary.Extraction.Docx;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates.Docx;

/// <summary>
/// One w:p as the reader sees it: the text of all its runs joined, however Word split them, mapped back to the
/// w:t elements so a placeholder spread over several runs can be replaced in the first run's formatting.
/// </summary>
internal sealed partial class DocxParagraph
{
    private readonly StringBuilder text = new();
    private readonly List<DocxPiece> pieces = [];
    private readonly List<KnownMarker> known = [];
    private readonly Stack<FieldFrame> fields = new();

    public DocxParagraph(XElement paragraph, List<XElement> textBoxes)
    {
        Element = paragraph;
        Walk(paragraph, textBoxes);
        Text = text.ToString();
    }

    public XElement Element { get; }

    public string Text { get; }

    public IReadOnlyList<KnownMarker> Known => known;

    /// <summary>Marks the whole paragraph as one content control (a block-level w:sdt around it).</summary>
    public void MarkWhole(string? name, XElement sdt) => known.Add(new KnownMarker(0, Text.Length, name, MarkerKind.ContentControl, sdt));

    /// <summary>Replaces characters [start, start+length) with the value, in the formatting of the run where they start.</summary>
    public void Replace(int start, int length, string value)
    {
        if (length == 0)
        {
            if (value.Length > 0)
            {
                InsertRun(start, value);
            }

            return;
        }

        var end = start + length;
        var lines = value.Split('\n');
        var inserted = false;
        foreach (var piece in pieces.Where(p => p.Start < end && p.End > start).ToList())
        {
            if (!piece.IsText)
            {
                piece.Element.Remove();
                continue;
            }

            var current = piece.Element.Value;
            var local = Math.Max(start, piece.Start) - piece.Start;
            var localEnd = Math.Min(end, piece.End) - piece.Start;
            var suffix = current[localEnd..];
            if (inserted)
            {
                SetText(piece.Element, current[..local] + suffix);
                continue;
            }

            inserted = true;
            SetText(piece.Element, current[..local] + lines[0] + (lines.Length == 1 ? suffix : ""));
            var after = piece.Element;
            for (var i = 1; i < lines.Length; i++)
            {
                var br = new XElement(piece.Element.Name.Namespace + "br");
                var t = new XElement(piece.Element.Name, lines[i] + (i == lines.Length - 1 ? suffix : ""));
                SetText(t, t.Value);
                after.AddAfterSelf(br, t);
                after = t;
            }
        }

        if (!inserted && value.Length > 0)
        {
            InsertRun(start, value);
        }
    }

    private void InsertRun(int start, string value)
    {
        var w = Element.Name.Namespace;
        var run = new XElement(w + "r", new XElement(w + "t", value));
        SetText(run.Elements().First(), value);
        var near = pieces.FirstOrDefault(p => p.Start >= start)?.Element.Parent;
        var sdtContent = known.FirstOrDefault(k => k.Start == start && k.Handle is XElement { Name.LocalName: "sdt" })?.Handle is XElement sdt
            ? sdt.Elements().FirstOrDefault(e => e.Name.LocalName == "sdtContent")
            : null;
        if (sdtContent is not null)
        {
            sdtContent.Add(run);
        }
        else if (near is not null)
        {
            near.AddBeforeSelf(run);
        }
        else
        {
            Element.Add(run);
        }
    }

    private static void SetText(XElement t, string value)
    {
        t.Value = value;
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            t.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        }
    }

    private void Walk(XElement element, List<XElement> textBoxes)
    {
        foreach (var child in element.Elements())
        {
            if (!WordXml.IsWord(child))
            {
                // Drawings and VML shapes: their text boxes are read as paragraphs of their own.
                textBoxes.AddRange(child.Descendants().Where(d => d.Name.LocalName == "txbxContent" && WordXml.IsWord(d)));
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "r":
                    WalkRun(child, textBoxes);
                    break;
                case "fldSimple":
                    WalkSimpleField(child, textBoxes);
                    break;
                case "sdt":
                    WalkContentControl(child, textBoxes);
                    break;
                case "del":
                case "moveFrom":
                case "pPr":
                case "rPr":
                    break;
                default:
                    Walk(child, textBoxes);
                    break;
            }
        }
    }

    private void WalkRun(XElement run, List<XElement> textBoxes)
    {
        foreach (var child in run.Elements())
        {
            if (!WordXml.IsWord(child))
            {
                textBoxes.AddRange(child.Descendants().Where(d => d.Name.LocalName == "txbxContent" && WordXml.IsWord(d)));
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "t" when !InFieldCode:
                    Add(child.Value, child, true);
                    break;
                case "tab" or "ptab" when !InFieldCode:
                    Add("\t", child, false);
                    break;
                case "br" or "cr" when !InFieldCode:
                    Add("\n", child, false);
                    break;
                case "noBreakHyphen" when !InFieldCode:
                    Add("-", child, false);
                    break;
                case "fldChar":
                    FieldChar(child);
                    break;
                case "instrText" when fields.Count > 0:
                    fields.Peek().Instruction.Append(child.Value);
                    fields.Peek().Codes.Add(child);
                    break;
                case "drawing" or "pict" or "object":
                    textBoxes.AddRange(child.Descendants().Where(d => d.Name.LocalName == "txbxContent" && WordXml.IsWord(d)));
                    break;
                default:
                    break;
            }
        }
    }

    private bool InFieldCode => fields.Count > 0 && fields.Peek().ResultStart < 0;

    private void FieldChar(XElement fldChar)
    {
        switch (WordXml.Attr(fldChar, "fldCharType"))
        {
            case "begin":
                fields.Push(new FieldFrame());
                fields.Peek().Codes.Add(fldChar);
                break;
            case "separate" when fields.Count > 0:
                fields.Peek().ResultStart = text.Length;
                fields.Peek().Codes.Add(fldChar);
                break;
            case "end" when fields.Count > 0:
                var frame = fields.Pop();
                frame.Codes.Add(fldChar);
                if (frame.ResultStart >= 0 && MergeFieldName(frame.Instruction.ToString()) is { } name)
                {
                    known.Add(new KnownMarker(frame.ResultStart, text.Length - frame.ResultStart, name, MarkerKind.MergeField, new DocxFieldCodes(frame.Codes)));
                }

                break;
            default:
                break;
        }
    }

    private void WalkSimpleField(XElement field, List<XElement> textBoxes)
    {
        var start = text.Length;
        Walk(field, textBoxes);
        if (MergeFieldName(WordXml.Attr(field, "instr") ?? "") is { } name)
        {
            known.Add(new KnownMarker(start, text.Length - start, name, MarkerKind.MergeField, field));
        }
    }

    private void WalkContentControl(XElement sdt, List<XElement> textBoxes)
    {
        var start = text.Length;
        if (WordXml.Child(sdt, "sdtContent") is { } content)
        {
            Walk(content, textBoxes);
        }

        known.Add(new KnownMarker(start, text.Length - start, ContentControlName(sdt), MarkerKind.ContentControl, sdt));
    }

    /// <summary>A content control's title (w:alias), else its tag; null when it has neither.</summary>
    public static string? ContentControlName(XElement sdt)
    {
        var properties = WordXml.Child(sdt, "sdtPr");
        var name = WordXml.ChildVal(properties, "alias") ?? WordXml.ChildVal(properties, "tag");
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    private void Add(string value, XElement element, bool isText)
    {
        if (value.Length == 0 && !isText)
        {
            return;
        }

        pieces.Add(new DocxPiece(text.Length, value.Length, element, isText));
        text.Append(value);
    }

    private static string? MergeFieldName(string instruction)
    {
        var match = MergeField().Match(instruction);
        return match.Success ? (match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value) : null;
    }

    [GeneratedRegex(@"^\s*MERGEFIELD\s+(?:""(?<quoted>[^""]+)""|(?<plain>[^\s\\]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MergeField();

    private sealed class FieldFrame
    {
        public StringBuilder Instruction { get; } = new();

        public List<XElement> Codes { get; } = [];

        public int ResultStart { get; set; } = -1;
    }
}
