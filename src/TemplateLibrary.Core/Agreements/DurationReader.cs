using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Agreements;

/// <summary>Reads lengths of time: "twelve months", "12 months'", "six (6) months", "three years", "90 days".</summary>
internal static partial class DurationReader
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["a"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["eighteen"] = 18,
        ["twenty"] = 20, ["twenty-one"] = 21, ["twenty-four"] = 24, ["thirty"] = 30, ["thirty-six"] = 36, ["forty-two"] = 42,
        ["sixty"] = 60, ["ninety"] = 90,
    };

    /// <summary>A pattern for one length of time, with groups n (number or word) and unit.</summary>
    public const string Pattern = @"(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty(?:-one|-four)?|thirty(?:-six)?|forty-two|sixty|ninety)(?:\s*\(\d{1,3}\))?[\s-]+(?:calendar\s+|clear\s+|working\s+|business\s+|contract\s+|financial\s+)?(?<unit>years?|months?|weeks?|days?)";

    public static (int Amount, string Unit)? Read(Match match)
    {
        var word = match.Groups["n"].Value;
        var amount = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Words.GetValueOrDefault(word);
        if (amount <= 0)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') + "s";
        return (amount, unit);
    }

    public static double ToMonths(int amount, string unit) => unit switch
    {
        "years" => amount * 12,
        "months" => amount,
        "weeks" => Math.Round(amount * 7 / 30.44, 2),
        _ => Math.Round(amount / 30.44, 2),
    };

    /// <summary>"12 months", "1 year", "90 days".</summary>
    public static string Format(int amount, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount} {(amount == 1 ? unit.TrimEnd('s') : unit)}");

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Any();
}
