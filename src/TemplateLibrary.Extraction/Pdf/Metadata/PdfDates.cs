using System.Globalization;

namespace TemplateLibrary.Extraction.Pdf.Metadata;

/// <summary>Parses PDF dates (D:YYYYMMDDHHmmSSOHH'mm') and XMP ISO dates.</summary>
internal static class PdfDates
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        var digits = 0;
        while (digits < s.Length && digits < 14 && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits < 4)
        {
            return ParseIso(value);
        }

        int Part(int start, int length, int fallback) =>
            start + length <= digits ? int.Parse(s.AsSpan(start, length), CultureInfo.InvariantCulture) : fallback;

        var offset = TimeSpan.Zero;
        if (digits < s.Length && s[digits] is '+' or '-')
        {
            var sign = s[digits] == '-' ? -1 : 1;
            var rest = new string(s[(digits + 1)..].Where(char.IsAsciiDigit).ToArray());
            var hours = rest.Length >= 2 ? int.Parse(rest.AsSpan(0, 2), CultureInfo.InvariantCulture) : 0;
            var minutes = rest.Length >= 4 ? int.Parse(rest.AsSpan(2, 2), CultureInfo.InvariantCulture) : 0;
            if (hours <= 14 && minutes < 60)
            {
                offset = new TimeSpan(hours, minutes, 0) * sign;
            }
        }

        try
        {
            return new DateTimeOffset(Part(0, 4, 1), Math.Clamp(Part(4, 2, 1), 1, 12), Math.Clamp(Part(6, 2, 1), 1, 28) == Part(6, 2, 1) ? Part(6, 2, 1) : Math.Clamp(Part(6, 2, 1), 1, DateTime.DaysInMonth(Part(0, 4, 1), Math.Clamp(Part(4, 2, 1), 1, 12))),
                Math.Clamp(Part(8, 2, 0), 0, 23), Math.Clamp(Part(10, 2, 0), 0, 59), Math.Clamp(Part(12, 2, 0), 0, 59), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static DateTimeOffset? ParseIso(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
