using TemplateLibrary.Extraction.Pdf.Fonts;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>The text object state (text and line matrices) over the graphics state, and glyph placement.</summary>
internal sealed class TextState(GraphicsState graphics)
{
    public GraphicsState Graphics = graphics;

    public Matrix TextMatrix { get; private set; } = Matrix.Identity;

    public Matrix LineMatrix { get; private set; } = Matrix.Identity;

    public void BeginText()
    {
        TextMatrix = Matrix.Identity;
        LineMatrix = Matrix.Identity;
    }

    public void SetMatrix(Matrix matrix)
    {
        TextMatrix = matrix;
        LineMatrix = matrix;
    }

    public void MoveLine(double x, double y)
    {
        LineMatrix = Matrix.Translation(x, y).Multiply(LineMatrix);
        TextMatrix = LineMatrix;
    }

    /// <summary>A TJ number: moves the text position left by thousandths of the font size.</summary>
    public void Adjust(double thousandths)
    {
        var shift = -thousandths / 1000 * Graphics.FontSize;
        TextMatrix = Graphics.Font is { Vertical: true }
            ? Matrix.Translation(0, shift).Multiply(TextMatrix)
            : Matrix.Translation(shift * Graphics.HorizontalScaling, 0).Multiply(TextMatrix);
    }

    public void Advance(PdfFont font, double width, bool isSpaceCode)
    {
        var spacing = Graphics.CharSpacing + (isSpaceCode ? Graphics.WordSpacing : 0);
        TextMatrix = font.Vertical
            ? Matrix.Translation(0, -((Graphics.FontSize * 1.0) + spacing)).Multiply(TextMatrix)
            : Matrix.Translation(((width * Graphics.FontSize) + spacing) * Graphics.HorizontalScaling, 0).Multiply(TextMatrix);
    }

    /// <summary>The glyph-to-page transform for the current position.</summary>
    public Matrix RenderMatrix() =>
        new Matrix(Graphics.FontSize * Graphics.HorizontalScaling, 0, 0, Graphics.FontSize, 0, Graphics.Rise)
            .Multiply(TextMatrix).Multiply(Graphics.Ctm);

    public void Emit(GlyphCollector output, string text, PdfFont font, double width, bool isSpaceCode)
    {
        var render = RenderMatrix();
        var spacing = Graphics.CharSpacing + (isSpaceCode ? Graphics.WordSpacing : 0);
        var advance = font.Vertical ? 0 : width + (spacing / Math.Max(1e-9, Math.Abs(Graphics.FontSize)));
        var (x0, y0) = render.Transform(0, 0);
        if (output.Bounds is { } bounds && !bounds.Contains(x0, y0, 1))
        {
            return;
        }

        var (x1, y1) = render.Transform(advance, 0);
        var size = Math.Sqrt((render.C * render.C) + (render.D * render.D)) * font.HeightScale;
        var direction = GlyphDirection(render);
        var (rx0, ry0) = Rotate(x0, y0, direction);
        var (rx1, _) = Rotate(x1, y1, direction);
        if (rx1 < rx0)
        {
            rx1 = rx0;
        }

        output.Add(new Glyph(text, rx0, ry0, rx1, size, direction, text.Length == 1 && (text[0] == ' ' || text[0] == '\u00A0')));
    }

    public static int GlyphDirection(in Matrix render)
    {
        if (Math.Abs(render.A) >= Math.Abs(render.B))
        {
            return render.A >= 0 ? 0 : 2;
        }

        return render.B > 0 ? 1 : 3;
    }

    public static (double X, double Y) Rotate(double x, double y, int direction) => direction switch
    {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    };
}
