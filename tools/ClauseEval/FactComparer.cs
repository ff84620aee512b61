using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Agreements;

namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>Compares extracted facts with labelled ones, field by field; an empty label means "not stated".</summary>
internal static partial class FactComparer
{
    public static readonly string[] Fields =
        ["parties", "party roles", "agreement_date", "commencement_date", "end_date", "term", "notice_period", "review_date"];

    /// <summary>Whether each field is right for one agreement.</summary>
    public static Dictionary<string, bool> Compare(FactLabel label, AgreementFacts facts)
    {
        var goldParties = label.Parties.ToDictionary(p => Name(p.Name), p => p.Role, StringComparer.Ordinal);
        var found = facts.Parties.GroupBy(p => Name(p.Name)).ToDictionary(g => g.Key, g => g.First().Role, StringComparer.Ordinal);
        var sameNames = goldParties.Keys.ToHashSet().SetEquals(found.Keys);
        return new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["parties"] = sameNames,
            ["party roles"] = sameNames && goldParties.All(p => found[p.Key] == p.Value),
            ["agreement_date"] = SameDate(label.AgreementDate, facts.AgreementDate?.Value),
            ["commencement_date"] = SameDate(label.CommencementDate, facts.CommencementDate?.Value),
            ["end_date"] = SameDate(label.EndDate, facts.EndDate?.Value),
            ["term"] = SamePeriod(label.Term, facts.Term),
            ["notice_period"] = SamePeriod(label.NoticePeriod, facts.NoticePeriod),
            ["review_date"] = SameDate(label.ReviewDate, facts.Review?.Value),
        };
    }

    /// <summary>Right to the precision the label gives: "2016-04" is matched by "2016-04-01".</summary>
    private static bool SameDate(string gold, string? found) =>
        gold.Length == 0 ? found is null : found is not null && found.StartsWith(gold, StringComparison.Ordinal);

    private static bool SamePeriod(string gold, PeriodFact? found)
    {
        if (gold.Length == 0)
        {
            return found is null;
        }

        var m = Period().Match(gold);
        if (!m.Success || found is null)
        {
            return false;
        }

        var amount = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var months = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith("year", StringComparison.Ordinal) => amount * 12.0,
            var u when u.StartsWith("month", StringComparison.Ordinal) => amount,
            var u when u.StartsWith("week", StringComparison.Ordinal) => amount * 7 / 30.44,
            _ => amount / 30.44,
        };
        return Math.Abs(months - found.Months) < 0.5;
    }

    /// <summary>Letters and digits, lower-case, without "the" and "limited"/"ltd".</summary>
    private static string Name(string name)
    {
        var words = name.ToLowerInvariant().Split([' ', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "limited" or "ltd"));
        var builder = new StringBuilder();
        foreach (var c in string.Concat(words))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<n>\d+)\s*(?<unit>years?|months?|weeks?|days?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
