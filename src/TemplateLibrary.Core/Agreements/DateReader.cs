using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Agreements;

/// <summary>Reads dates as agreements write them: "27 March 2013", "1st day of April 2013", "March 27, 2013", "27/03/2013", "2013-03-27", "January 2022".</summary>
internal static partial class DateReader
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Every date in the text, in order; a month and year alone counts with month precision.</summary>
    public static List<FactDate> Find(string text)
    {
        var found = new List<FactDate>();
        var taken = new List<(int Start, int End)>();
        void Add(Match m, int year, int month, int? day)
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length) || year is < 1950 or > 2100 || month is < 1 or > 12)
            {
                return;
            }

            if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month)))
            {
                return;
            }

            taken.Add((m.Index, m.Index + m.Length));
            var date = new DateOnly(year, month, day ?? 1);
            var value = day is null
                ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            found.Add(new FactDate(value, date, m.Index, m.Length, day is not null));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(m, Int(m.Groups["y"].Value), Month(m.Groups["m"].Value), Int(m.Groups["d"].Value));
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(m, Int(m.Groups["y"].Value), Month(m.Groups["m"].Value), Int(m.Groups["d"].Value));
        }

        foreach (Match m in Numeric().Matches(text))
        {
            Add(m, Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value));
        }

        foreach (Match m in Iso().Matches(text))
        {
            Add(m, Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value));
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            Add(m, Int(m.Groups["y"].Value), Month(m.Groups["m"].Value), null);
        }

        return [.. found.OrderBy(f => f.Index)];
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Month(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private const string MonthName = @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?" + MonthName + @"\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
