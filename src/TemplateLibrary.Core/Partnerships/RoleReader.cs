using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Partnerships;

/// <summary>Reads the host or lead council a text states in prose: "hosted by X", "X hosts", "X as host authority",
/// "X as lead authority", "X is the host council". Each mention once per name and role, in the order first stated; the
/// names are as written, for the grouping to match against an arrangement's partners.</summary>
public static partial class RoleReader
{
    private const string Host = "host";
    private const string Lead = "lead";

    // Capitalised words that open a sentence or name a generic party rather than a council.
    private static readonly HashSet<string> NotNames = new(
        ["The", "This", "That", "Each", "Every", "One", "A", "An", "It", "Its", "Council", "Councils", "Authority", "Partner", "Partners", "Which", "Who", "Option"],
        StringComparer.Ordinal);

    /// <summary>The roles the text states, each name and role once.</summary>
    public static IReadOnlyList<StatedRole> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<StatedRole>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            // An options appraisal names councils as hosts it did not choose.
            if (Hypothetical().IsMatch(sentence.Text))
            {
                continue;
            }

            foreach (Match match in HostedBy().Matches(sentence.Text))
            {
                Add(found, match.Groups["name"].Value, Host);
            }

            foreach (Match match in NameAsRole().Matches(sentence.Text))
            {
                Add(found, match.Groups["name"].Value, match.Groups["role"].Value.StartsWith(Lead, StringComparison.OrdinalIgnoreCase) ? Lead : Host);
            }
        }

        return found;
    }

    private static void Add(List<StatedRole> found, string name, string role)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NotNames.Contains).ToList();
        if (words.Count == 0 || words.All(NotNames.Contains))
        {
            return;
        }

        var clean = string.Join(' ', words);
        if (!found.Any(f => f.Role == role && string.Equals(f.Name, clean, StringComparison.OrdinalIgnoreCase)))
        {
            found.Add(new StatedRole(clean, role));
        }
    }

    private const string Name = @"(?<name>(?:[A-Z][\w'’-]+\s+(?:of\s+)?){0,4}[A-Z][\w'’-]+)";

    [GeneratedRegex(@"\bhosted\s+(?:for\s+employment\s+purposes\s+)?by\s+(?:the\s+)?" + Name)]
    private static partial Regex HostedBy();

    [GeneratedRegex(Name + @"(?:\s*\([^)]{0,40}\))?,?\s+(?:(?:as|is|was|will\s+be|acts\s+as|acting\s+as|will\s+act\s+as|became|becomes)\s+(?:the\s+)?(?<role>host|lead)(?:\s+(?:authority|council|borough|employer|partner|commissioner|provider))?\b|(?<role>hosts)\b)")]
    private static partial Regex NameAsRole();

    [GeneratedRegex(@"\b(?:[Oo]ption\s+\w\b|[Oo]ption\s+\d|\bwould\s+be\s+the\s+host\b|\bif\s+\w+\s+(?:were|was)\b|\bcould\s+(?:host|be\s+the\s+host)|\balternative)")]
    private static partial Regex Hypothetical();
}
