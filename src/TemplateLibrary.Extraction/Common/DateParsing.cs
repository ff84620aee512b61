using System.Globalization;

namespace TemplateLibrary.Extraction.Common;

/// <summary>Reads the dates documents declare (W3CDTF, ISO 8601, plain dates).</summary>
internal static class DateParsing
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(
            value.Trim(),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out var parsed)
            ? parsed
            : null;
    }
}
