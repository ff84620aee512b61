using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>A page rectangle in default user space, normalised so that X0 &lt;= X1 and Y0 &lt;= Y1.</summary>
internal sealed record PageBox(double X0, double Y0, double X1, double Y1)
{
    public static PageBox? Read(PdfFile file, object? value)
    {
        if (file.ResolveArray(value) is not { Count: 4 } r)
        {
            return null;
        }

        var a = PdfValues.ToDouble(file.Resolve(r[0]));
        var b = PdfValues.ToDouble(file.Resolve(r[1]));
        var c = PdfValues.ToDouble(file.Resolve(r[2]));
        var d = PdfValues.ToDouble(file.Resolve(r[3]));
        var box = new PageBox(Math.Min(a, c), Math.Min(b, d), Math.Max(a, c), Math.Max(b, d));
        return box.X1 - box.X0 < 1 || box.Y1 - box.Y0 < 1 ? null : box;
    }

    public bool Contains(double x, double y, double tolerance) =>
        x >= X0 - tolerance && x <= X1 + tolerance && y >= Y0 - tolerance && y <= Y1 + tolerance;
}
