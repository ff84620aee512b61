using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Templates.Odt;

/// <summary>A stretch of a paragraph's text and the node that shows it.</summary>
/// <param name="Start">Its first character in the paragraph text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Node">A text node, or an element (text:s, text:tab, text:line-break, a field).</param>
internal sealed record OdtPiece(int Start, int Length, XNode Node)
{
    public int End => Start + Length;
}
