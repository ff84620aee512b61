using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>
/// Draws the visible appearance streams of a page's annotations (filled form fields, stamps, free text),
/// placed by mapping the form's bounding box onto the annotation rectangle, as viewers do.
/// </summary>
internal static class AnnotationAppearances
{
    private const int HiddenFlags = 2 | 32;

    public static void Draw(PdfFile file, PdfPage page, ContentInterpreter interpreter, CancellationToken cancellationToken)
    {
        if (file.ResolveArray(page.Dictionary["Annots"]) is not { } annotations)
        {
            return;
        }

        foreach (var item in annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.ResolveDictionary(item) is not { } annotation || annotation.GetName("Subtype") is "Popup" or "Link")
            {
                continue;
            }

            if ((PdfValues.ToInt(file.Resolve(annotation["F"])) & HiddenFlags) != 0)
            {
                continue;
            }

            var appearance = Appearance(file, annotation);
            if (appearance is null || ReadRect(file, annotation["Rect"]) is not { } rect)
            {
                continue;
            }

            interpreter.RunForm(appearance, page.Resources, Placement(file, appearance, rect));
        }
    }

    private static PdfStream? Appearance(PdfFile file, PdfDictionary annotation)
    {
        var normal = file.Resolve(file.ResolveDictionary(annotation["AP"])?["N"]);
        switch (normal)
        {
            case PdfStream stream:
                return stream;
            case PdfDictionary states:
                var state = file.Resolve(annotation["AS"]) is PdfName name ? name.Value : null;
                return state is null ? null : file.Resolve(states[state]) as PdfStream;
            default:
                return null;
        }
    }

    private static Matrix Placement(PdfFile file, PdfStream form, (double X0, double Y0, double X1, double Y1) rect)
    {
        var matrix = file.ResolveArray(form.Dictionary["Matrix"]) is { Count: 6 } m
            ? new Matrix(Number(file, m[0]), Number(file, m[1]), Number(file, m[2]), Number(file, m[3]), Number(file, m[4]), Number(file, m[5]))
            : Matrix.Identity;
        var box = ReadRect(file, form.Dictionary["BBox"]) ?? rect;
        var corners = new[]
        {
            matrix.Transform(box.X0, box.Y0), matrix.Transform(box.X1, box.Y0),
            matrix.Transform(box.X0, box.Y1), matrix.Transform(box.X1, box.Y1),
        };
        var minX = corners.Min(c => c.X);
        var maxX = corners.Max(c => c.X);
        var minY = corners.Min(c => c.Y);
        var maxY = corners.Max(c => c.Y);
        var scaleX = maxX - minX > 1e-6 ? (rect.X1 - rect.X0) / (maxX - minX) : 1;
        var scaleY = maxY - minY > 1e-6 ? (rect.Y1 - rect.Y0) / (maxY - minY) : 1;
        var fit = new Matrix(scaleX, 0, 0, scaleY, rect.X0 - (minX * scaleX), rect.Y0 - (minY * scaleY));
        return matrix.Multiply(fit);
    }

    private static (double X0, double Y0, double X1, double Y1)? ReadRect(PdfFile file, object? value)
    {
        if (file.ResolveArray(value) is not { Count: 4 } r)
        {
            return null;
        }

        double a = Number(file, r[0]), b = Number(file, r[1]), c = Number(file, r[2]), d = Number(file, r[3]);
        return (Math.Min(a, c), Math.Min(b, d), Math.Max(a, c), Math.Max(b, d));
    }

    private static double Number(PdfFile file, object? value) => PdfValues.ToDouble(file.Resolve(value));
}
