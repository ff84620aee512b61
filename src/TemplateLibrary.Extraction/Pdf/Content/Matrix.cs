namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>An affine transform [a b c d e f] as PDF writes it (row vector convention).</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform followed by <paramref name="other"/>.</summary>
    public Matrix Multiply(in Matrix other) => new(
        (A * other.A) + (B * other.C),
        (A * other.B) + (B * other.D),
        (C * other.A) + (D * other.C),
        (C * other.B) + (D * other.D),
        (E * other.A) + (F * other.C) + other.E,
        (E * other.B) + (F * other.D) + other.F);

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);
}
