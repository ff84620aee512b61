using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Analysis;

/// <summary>Finds statutory citations in text ("section 101(5)", "s.113", "Regulation 12") and names the unit each becomes.</summary>
/// <remarks>A unit is the citation's prefix, number and subsections joined with underscores ("s101_5"), which the
/// tokenizer keeps as one token and <see cref="CitationFilter"/> turns into "s101" and "s101(5)".</remarks>
internal sealed class CitationPattern
{
    private readonly Regex regex;
    private readonly Dictionary<string, string> unitByWord;

    /// <summary>Builds the pattern for the taxonomy's citation units.</summary>
    public CitationPattern(IReadOnlyList<CitationUnit> units)
    {
        Units = [.. units.Select(u => u.Unit).Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length)];
        unitByWord = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            foreach (var word in unit.Words)
            {
                unitByWord.TryAdd(word, unit.Unit);
            }
        }

        IsEmpty = unitByWord.Count == 0;
        Signature = string.Join(';', units.Select(u => u.Unit + ":" + string.Join(',', u.Words.Select(w => w.ToLowerInvariant()).Order(StringComparer.Ordinal))));
        var words = string.Join('|', unitByWord.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape));
        // A word that introduces a number, then the number (not a year: "Regulations 2015" is a title), then subsections.
        regex = new Regex(
            $@"(?<![\p{{L}}\p{{N}}_'’])(?<word>{(IsEmpty ? "(?!)" : words)})(?:\.\s{{0,2}}|\s{{1,2}}|(?=\d))(?!(?:19|20)\d\d(?!\d))(?<number>\d{{1,4}}[A-Za-z]{{0,2}})(?<sub>(?:\((?:\d{{1,3}}[A-Za-z]?|[A-Za-z]{{1,4}})\))*)(?![\p{{L}}\p{{N}}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);
    }

    /// <summary>The unit prefixes, longest first ("reg", "sch", "s").</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>The units and their words, as one string: a change means the index must be rebuilt.</summary>
    public string Signature { get; }

    /// <summary>True when the taxonomy declares no citation units.</summary>
    public bool IsEmpty { get; }

    /// <summary>Every citation in the text, with the joined unit it stands for.</summary>
    public IEnumerable<(int Index, int Length, string Unit)> Find(string text)
    {
        if (IsEmpty)
        {
            yield break;
        }

        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            var unit = new StringBuilder(unitByWord[match.Groups["word"].Value]);
            unit.Append(match.Groups["number"].Value.ToLowerInvariant());
            foreach (var part in match.Groups["sub"].Value.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                unit.Append('_').Append(part.ToLowerInvariant());
            }

            yield return (match.Index, match.Length, unit.ToString());
        }
    }

    /// <summary>Reads a token as a citation unit: its base ("s101") and each subsection level ("s101(5)", "s101(5)(a)").</summary>
    /// <returns>False when the token is not a citation.</returns>
    public bool TryRead(ReadOnlySpan<char> token, out List<string> forms)
    {
        forms = [];
        foreach (var unit in Units)
        {
            if (token.Length <= unit.Length || !token.StartsWith(unit, StringComparison.Ordinal) || !char.IsAsciiDigit(token[unit.Length]))
            {
                continue;
            }

            var parts = token.ToString().Split('_');
            if (!IsNumber(parts[0].AsSpan(unit.Length)) || parts.Skip(1).Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiLetterOrDigit)))
            {
                return false;
            }

            var form = new StringBuilder(parts[0]);
            forms.Add(form.ToString());
            foreach (var part in parts.Skip(1))
            {
                forms.Add(form.Append('(').Append(part).Append(')').ToString());
            }

            return true;
        }

        return false;
    }

    /// <summary>The unit a typed citation stands for ("s.113" and "section 113" are "s113"), or null when it is none.</summary>
    public string? Normalise(string text)
    {
        var trimmed = text.Trim();
        var found = Find(trimmed).FirstOrDefault();
        if (found.Unit is not null && found.Index == 0 && found.Length == trimmed.Length)
        {
            return TryRead(found.Unit, out var forms) ? forms[^1] : null;
        }

        return TryRead(trimmed.ToLower(CultureInfo.InvariantCulture), out var own) ? own[^1] : null;
    }

    private static bool IsNumber(ReadOnlySpan<char> number)
    {
        var digits = 0;
        while (digits < number.Length && char.IsAsciiDigit(number[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 4 && number.Length - digits <= 2 && number[digits..].ToString().All(char.IsAsciiLetterLower);
    }
}
