namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>Conversions of loosely typed object values (numbers are int or double).</summary>
internal static class PdfValues
{
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case double d when double.IsFinite(d):
                number = d;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    public static double ToDouble(object? value, double fallback = 0) =>
        TryGetNumber(value, out var number) ? number : fallback;

    public static int ToInt(object? value, int fallback = 0) => value switch
    {
        int i => i,
        double d when double.IsFinite(d) && d > int.MinValue && d < int.MaxValue => (int)d,
        _ => fallback,
    };
}
