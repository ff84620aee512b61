using TemplateLibrary.Extraction.Pdf.Fonts;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>The parts of the graphics state that place text; copied on q, restored on Q.</summary>
internal struct GraphicsState
{
    public Matrix Ctm;
    public PdfFont? Font;
    public double FontSize;
    public double CharSpacing;
    public double WordSpacing;
    public double HorizontalScaling;
    public double Leading;
    public double Rise;
    public int RenderMode;

    public static GraphicsState Initial(Matrix ctm) => new()
    {
        Ctm = ctm,
        FontSize = 1,
        HorizontalScaling = 1,
    };
}
