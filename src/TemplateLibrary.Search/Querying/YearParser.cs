using System.Globalization;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Search.Querying;

/// <summary>Reads year filters: 2015, 2015..2020, 2015-2020, >=2015, >2015, &lt;=2020, &lt;2020, 2015.., ..2020.</summary>
internal static class YearParser
{
    /// <summary>Parses a year filter value or throws <see cref="SearchQueryException"/>.</summary>
    public static YearRange Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith(">=", StringComparison.Ordinal))
        {
            return new YearRange(Year(text[2..], value), null);
        }

        if (text.StartsWith("<=", StringComparison.Ordinal))
        {
            return new YearRange(null, Year(text[2..], value));
        }

        if (text.StartsWith('>'))
        {
            return new YearRange(Year(text[1..], value) + 1, null);
        }

        if (text.StartsWith('<'))
        {
            return new YearRange(null, Year(text[1..], value) - 1);
        }

        var separator = text.IndexOf("..", StringComparison.Ordinal);
        var separatorLength = 2;
        if (separator < 0 && text.Length > 4)
        {
            separator = text.IndexOf('-', 1);
            separatorLength = 1;
        }

        if (separator >= 0)
        {
            var fromText = text[..separator];
            var toText = text[(separator + separatorLength)..];
            if (fromText.Length == 0 && toText.Length == 0)
            {
                throw Invalid(value);
            }

            int? from = fromText.Length == 0 ? null : Year(fromText, value);
            int? to = toText.Length == 0 ? null : Year(toText, value);
            if (from > to)
            {
                throw new SearchQueryException($"invalid year range '{value}': {from} is after {to}");
            }

            return new YearRange(from, to);
        }

        var year = Year(text, value);
        return new YearRange(year, year);
    }

    /// <summary>Parses a single four-digit year or throws <see cref="SearchQueryException"/>.</summary>
    public static int Year(string text, string original)
    {
        if (text.Length == 4
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= YearRange.Min and <= YearRange.Max)
        {
            return year;
        }

        throw Invalid(original);
    }

    private static SearchQueryException Invalid(string value) =>
        new($"invalid year '{Shorten(value)}': use 2015, 2015..2020, >=2015 or <=2020");

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
