using System.Text.RegularExpressions;

namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>Guesses what kind of value a field wants from its name (and a blank's £ or % sign).</summary>
internal static partial class FieldTyper
{
    private const int MaxTypedWords = 8;

    public static TemplateFieldType Guess(string name, string? symbol)
    {
        if (symbol == "£" || symbol == "$" || symbol == "€")
        {
            return TemplateFieldType.Money;
        }

        if (symbol == "%")
        {
            return TemplateFieldType.Number;
        }

        var lower = name.ToLowerInvariant().Trim();
        if (lower.StartsWith("e.g", StringComparison.Ordinal) || lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxTypedWords)
        {
            return TemplateFieldType.Text;
        }

        // An optional clause ("by the Host Council under its own policy", "and [Authority C]") is text to keep or delete.
        if (lower.Contains('[', StringComparison.Ordinal) || OptionalClause().IsMatch(lower))
        {
            return TemplateFieldType.Text;
        }

        if (lower.EndsWith('%') || NumberOnly().IsMatch(lower))
        {
            return TemplateFieldType.Number;
        }

        if (Money().IsMatch(lower))
        {
            return TemplateFieldType.Money;
        }

        if (lower.StartsWith("name", StringComparison.Ordinal) && Person().IsMatch(lower))
        {
            return TemplateFieldType.Person;
        }

        if (Date().IsMatch(lower))
        {
            return TemplateFieldType.Date;
        }

        if (Person().IsMatch(lower))
        {
            return TemplateFieldType.Person;
        }

        if (Council().IsMatch(lower))
        {
            return TemplateFieldType.Council;
        }

        return Number().IsMatch(lower) ? TemplateFieldType.Number : TemplateFieldType.Text;
    }

    [GeneratedRegex(@"^(by|and|or|plus|in|the|a|an)\s+\S+\s+\S+", RegexOptions.CultureInvariant)]
    private static partial Regex OptionalClause();

    [GeneratedRegex(@"^(\d+([.,]\d+)?|x(\.x)?|y|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)%?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"[£$€]|\b(amount|cost|costs|price|fee|fees|charge|salary|budget)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(date|dated|day|month|deadline|due|january|february|march|april|may|june|july|august|september|october|november|december)\b|date/time", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"^(name|names|name\(s\)|signed|signature|officer|chair|loggist)\b(?! of (joint|housing|the))|\bname of (officer|applicant)|\bofficer name|\b(officer|manager|secondee|signatory|representative)\b|\bsigned\b|\b(requested|authorised|offered|received|prepared|approved|confirmed) by\b|^for (the )?[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(council|councils|council\(s\)|authority|authorities)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Council();

    [GeneratedRegex(@"\b(number|no\.|percentage|year|years|hours?|days|weeks?|fte|volumes?|score|rate|hectares|share)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
