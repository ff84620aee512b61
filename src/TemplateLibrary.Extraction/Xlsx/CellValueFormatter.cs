using System.Globalization;

namespace TemplateLibrary.Extraction.Xlsx;

/// <summary>Turns a cell's stored value into the text a reader sees: numbers, ISO dates, percentages, booleans.</summary>
internal sealed class CellValueFormatter
{
    private static readonly DateTime Epoch1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Epoch1904 = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private readonly CellStyles styles;
    private readonly DateTime epoch;

    public CellValueFormatter(CellStyles styles, bool date1904)
    {
        this.styles = styles;
        epoch = date1904 ? Epoch1904 : Epoch1900;
    }

    /// <summary>The text of a cell of type <paramref name="type"/> (the t attribute) with stored value <paramref name="value"/>.</summary>
    public string Format(string? type, int styleIndex, string value, IReadOnlyList<string> sharedStrings) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : string.Empty,
        "b" => value.Trim() == "1" ? "TRUE" : "FALSE",
        "str" or "inlineStr" or "e" or "d" => value,
        _ => FormatNumber(value, styles.KindOf(styleIndex)),
    };

    private string FormatNumber(string value, NumberFormatKind kind)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return value.Trim();
        }

        switch (kind)
        {
            case NumberFormatKind.Percent:
                return Plain(Math.Round(number * 100, 10)) + "%";
            case NumberFormatKind.Date or NumberFormatKind.DateTime or NumberFormatKind.Time when number is >= 0 and < 2_958_466:
                // Lotus counted a 29 February 1900, so 1900-system serials before 1 March are a day out.
                var days = epoch == Epoch1900 && number < 61 ? number + 1 : number;
                var moment = epoch.AddSeconds(Math.Round(days * 86_400));
                return kind switch
                {
                    NumberFormatKind.Time => moment.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                    NumberFormatKind.Date when moment.TimeOfDay == TimeSpan.Zero => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                };
            default:
                return Plain(number);
        }
    }

    /// <summary>Up to 15 significant digits, no exponent for everyday magnitudes, as a spreadsheet shows General.</summary>
    private static string Plain(double number)
    {
        if (Math.Abs(number) is var magnitude && (magnitude >= 1e15 || (magnitude < 1e-9 && magnitude > 0)))
        {
            return number.ToString("G15", CultureInfo.InvariantCulture);
        }

        return Math.Round(number, 15 - Math.Max(1, (int)Math.Floor(Math.Log10(Math.Max(magnitude, 1))) + 1)).ToString("0.##############", CultureInfo.InvariantCulture);
    }
}
