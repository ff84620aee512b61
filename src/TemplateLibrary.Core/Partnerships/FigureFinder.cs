using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Partnerships;

/// <summary>Finds sums of money ("£1.2m", "£350,000", "£85k", "£2.4 million") and percentages ("20%", "14 per cent") in a
/// sentence; the second sum of a range ("£20,000 to £40,000") becomes the first one's top.</summary>
internal static partial class FigureFinder
{
    public static List<Figure> Find(string sentence)
    {
        var figures = new List<Figure>();
        foreach (Match match in Money().Matches(sentence))
        {
            var value = decimal.Parse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            value *= match.Groups["u"].Value.ToLowerInvariant() switch
            {
                "m" or "million" => 1_000_000m,
                "bn" or "billion" => 1_000_000_000m,
                "k" or "thousand" => 1_000m,
                _ => 1m,
            };
            if (value == 0)
            {
                // "£000" and "£0" head a table's column of thousands; nobody reports a saving or a cost of nothing.
                continue;
            }

            figures.Add(new Figure(match.Index, match.Index + match.Length, value, IsPercent: false));
        }

        foreach (Match match in Percent().Matches(sentence))
        {
            figures.Add(new Figure(match.Index, match.Index + match.Length, decimal.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), IsPercent: true));
        }

        figures.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (low, high) = (figures[i], figures[i + 1]);
            if (low.IsPercent == high.IsPercent && RangeJoin().IsMatch(sentence[low.End..high.Index]))
            {
                low.UpTo = high.Value;
                figures.RemoveAt(i + 1);
            }
        }

        return figures;
    }

    [GeneratedRegex(@"£\s?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<u>million|billion|thousand|bn|m|k)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"^\s*(?:to|–|—|-)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeJoin();
}
