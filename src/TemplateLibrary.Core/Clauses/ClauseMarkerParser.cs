using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Clauses;

/// <summary>Reads the numbering a line starts with: "12.", "12.1", "Clause 12", "Article 4", "SCHEDULE 3", "Part A", "(a)".</summary>
internal static partial class ClauseMarkerParser
{
    private const int MaxNumber = 300;

    public static ClauseMarker? Parse(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        var m = Schedule().Match(line);
        if (m.Success)
        {
            var keyword = m.Groups["kw"].Value;
            return Titled(ClauseMarkerKind.Schedule, keyword, m.Groups["id"].Value, m.Groups["rest"].Value);
        }

        m = Part().Match(line);
        if (m.Success)
        {
            return Titled(ClauseMarkerKind.Part, m.Groups["kw"].Value, m.Groups["id"].Value, m.Groups["rest"].Value);
        }

        m = Keyword().Match(line);
        if (m.Success)
        {
            var keyword = HeadingText.Collapse(m.Groups["kw"].Value);
            var id = m.Groups["id"].Value;
            var rest = m.Groups["rest"].Value.Trim();
            if (!StartsLikeText(rest))
            {
                return null;
            }

            // "Clause 12" is clause 12; articles, standing orders and rules keep their keyword ("Article 4").
            var label = keyword.Equals("clause", StringComparison.OrdinalIgnoreCase) ? id : Capitalise(keyword) + " " + id;
            return new ClauseMarker(ClauseMarkerKind.Keyword, keyword, id, label, rest, false);
        }

        m = LetterNumber().Match(line);
        if (m.Success && StartsLikeText(m.Groups["rest"].Value.Trim()))
        {
            // "A1. Name and legal basis": a part letter and a clause number, known as "A1".
            var label = m.Groups["num"].Value;
            return new ClauseMarker(ClauseMarkerKind.Keyword, string.Empty, label[1..], label, m.Groups["rest"].Value.Trim(), false);
        }

        m = Number().Match(line);
        if (m.Success)
        {
            var parts = m.Groups["num"].Value.Split('.');
            var numbers = new List<int>(parts.Length);
            foreach (var part in parts)
            {
                var n = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
                if (n is 0 or > MaxNumber)
                {
                    return null;
                }

                numbers.Add(n);
            }

            var rest = m.Groups["rest"].Value.Trim();
            if (!StartsLikeText(rest))
            {
                return null;
            }

            var id = string.Join('.', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            return new ClauseMarker(ClauseMarkerKind.Number, null, id, id, rest, m.Groups["dot"].Success) { Parts = numbers };
        }

        m = Letter().Match(line);
        if (m.Success)
        {
            // Items often start in lower case ("(a) each Council resumes…").
            var rest = m.Groups["rest"].Value.Trim();
            if (rest.Length == 0)
            {
                return null;
            }

            var id = m.Groups["id"].Value;
            return new ClauseMarker(ClauseMarkerKind.Letter, null, id, "(" + id + ")", rest, false);
        }

        return null;
    }

    /// <summary>A schedule or part marker: the rest must be empty or a heading, not a sentence that cites the schedule.</summary>
    private static ClauseMarker? Titled(ClauseMarkerKind kind, string keyword, string id, string rest)
    {
        rest = rest.Trim();
        if (rest.Length > 0 && !HeadingText.IsHeading(rest))
        {
            // "Schedule 2. Partnership Sites. Calderholt Jobcentre …": the run-in heading before the first full stop;
            // "Schedule 4. Rates and maximum funding.": a run-in heading with nothing after it.
            var stop = rest.IndexOf(". ", StringComparison.Ordinal);
            if (stop < 0 && rest.EndsWith('.'))
            {
                stop = rest.Length - 1;
            }

            if (stop <= 0 || !HeadingText.IsHeading(rest[..stop]) || char.IsLower(rest[0]))
            {
                return null;
            }

            rest = rest[..stop];
        }

        var label = Capitalise(keyword) + " " + id;
        return new ClauseMarker(kind, keyword, id, label, rest, false);
    }

    /// <summary>Text after a clause number starts with a capital, a digit, a bracket or a quote; a small letter means a wrapped reference.</summary>
    private static bool StartsLikeText(string rest) =>
        rest.Length == 0 || !char.IsLower(rest[0]);

    /// <summary>"SCHEDULE" and "standing order" become "Schedule" and "Standing Order".</summary>
    private static string Capitalise(string keyword) =>
        string.Join(' ', keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private const string Dash = @"(?:\s*[:.\u2013\u2014\-]\s*|\s+|$)";

    [GeneratedRegex(@"^(?<kw>schedule|appendix|annex|annexe)\s+(?<id>\d{1,2}[A-Z]?|[A-Z]{1,2}|[IVX]{1,5})\b" + Dash + @"(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"^(?<kw>part)\s+(?<id>\d{1,2}|[A-Z]|[IVX]{1,5})\b" + Dash + @"(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<kw>clause|article|standing\s+order|rule|section|paragraph)\s+(?<id>\d{1,3}[A-Z]?)\b\.?" + Dash + @"(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^(?<num>[A-Z]\d{1,2})\.?\s+(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterNumber();

    [GeneratedRegex(@"^(?<num>\d{1,3}(?:\.\d{1,3}){0,3})(?<dot>\.)?(?:\)|\s+|$)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:\((?<id>[a-z]{1,2}|[ivxl]{1,6}|[A-Z]{1,2}|[IVXL]{1,6})\)|(?<id>[a-zA-Z])[.)])\s+(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();
}
