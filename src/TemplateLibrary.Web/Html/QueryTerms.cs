using System.Text.RegularExpressions;

namespace TemplateLibrary.Web.Html;

/// <summary>The words of a query worth marking in a text: not operators, not exclusions.</summary>
internal static partial class QueryTerms
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    /// <summary>The lower-cased terms to mark, without exclusions, operators or field names.</summary>
    public static IReadOnlyList<string> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var terms = new List<string>();
        foreach (Match token in Token().Matches(query))
        {
            var text = token.Value;
            if (text.StartsWith('-') || Operators.Contains(text))
            {
                continue;
            }

            foreach (Match word in Word().Matches(text))
            {
                var term = word.Value.ToLowerInvariant();
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }

    /// <summary>The words of a text, for matching against terms.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex Word();

    [GeneratedRegex(@"-?""[^""]*""|\S+")]
    private static partial Regex Token();
}
