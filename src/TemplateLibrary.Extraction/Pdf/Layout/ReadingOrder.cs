namespace TemplateLibrary.Extraction.Pdf.Layout;

/// <summary>Orders a page's lines for reading: main-direction lines first, in drawing order.</summary>
internal static class ReadingOrder
{
    public static List<TextLine> Sort(List<TextLine> lines) =>
        lines.OrderBy(line => line.Direction == 0 ? 0 : 1).ThenBy(line => line.Order).ToList();
}
