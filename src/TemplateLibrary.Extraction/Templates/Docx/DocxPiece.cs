using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Templates.Docx;

/// <summary>A stretch of a paragraph's text and the element that shows it: a w:t, or a tab, break or hyphen.</summary>
/// <param name="Start">Its first character in the paragraph text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Element">The w:t (or w:tab, w:br…) element.</param>
/// <param name="IsText">True for w:t.</param>
internal sealed record DocxPiece(int Start, int Length, XElement Element, bool IsText)
{
    public int End => Start + Length;
}
