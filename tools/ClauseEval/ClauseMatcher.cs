using System.Text;
using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>Finds the segment a labelled clause names: by number ("12", "Schedule 3", "Article 4"), else by heading.</summary>
internal static class ClauseMatcher
{
    public static Clause? Find(IReadOnlyList<Clause> clauses, ClauseLabel label)
    {
        var units = clauses.Where(c => c.IsUnit).ToList();
        if (label.Number.Length > 0)
        {
            var number = NormaliseNumber(label.Number);
            return units.FirstOrDefault(c => c.Number is { } n && NormaliseNumber(n) == number)
                ?? units.FirstOrDefault(c => c.Number is { } n && Bare(NormaliseNumber(n)) == Bare(number));
        }

        var heading = NormaliseHeading(label.Heading);
        return units.FirstOrDefault(c => c.Number is null && c.Heading is { } h && NormaliseHeading(h) == heading);
    }

    public static bool SameHeading(Clause clause, ClauseLabel label) =>
        NormaliseHeading(clause.Heading ?? string.Empty) == NormaliseHeading(label.Heading);

    /// <summary>"Clause 12." and "12" are one number; case and spacing do not count.</summary>
    public static string NormaliseNumber(string number)
    {
        var n = string.Join(' ', number.Trim().TrimEnd('.').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return n.StartsWith("clause ", StringComparison.Ordinal) ? n[7..] : n;
    }

    /// <summary>A number without its keyword: "article 4" and "4" are one clause when the labels leave the keyword out.</summary>
    private static string Bare(string number)
    {
        var space = number.LastIndexOf(' ');
        return space < 0 || number.StartsWith("schedule", StringComparison.Ordinal) || number.StartsWith("part", StringComparison.Ordinal)
            ? number
            : number[(space + 1)..];
    }

    /// <summary>Letters and digits only, lower-case: "Definitions and Interpretation" and "DEFINITIONS AND INTERPRETATION" match.</summary>
    public static string NormaliseHeading(string heading)
    {
        var builder = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
