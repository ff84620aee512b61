using System.Text.RegularExpressions;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// Finds public bodies other than principal councils by the words that end their names ("Thames Valley Police",
/// "NHS City and Hackney CCG", "Lowestoft Town Council") or by their whole name ("Police Scotland").
/// </summary>
internal sealed class PartnerBodyRecognizer
{
    // Words that may stand before a body's name without being part of it.
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "each", "every", "any", "our", "their", "its", "local", "partner", "relevant", "other", "with",
        "by", "and", "of", "for", "to", "from", "between", "including", "new", "former", "both", "all", "dear",
    };

    private readonly HashSet<string> closingWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex endings;
    private readonly Dictionary<string, string> kindByEnding = new(StringComparer.OrdinalIgnoreCase);
    private readonly (NamedPublicBody Body, Regex Pattern)[] named;

    public PartnerBodyRecognizer(CouncilGazetteer gazetteer)
    {
        var alternatives = new List<(string Pattern, int Length)>();
        foreach (var kind in gazetteer.PartnerKinds)
        {
            foreach (var ending in kind.Endings)
            {
                kindByEnding[Normalise(ending)] = kind.Id;
                closingWords.Add(ending.Split(' ')[^1]);
                var words = ending.Split(' ', StringSplitOptions.RemoveEmptyEntries);

                // A one-word ending must end the name: "Town Police Clauses Act 1847" names no police force, also when
                // a PDF's line breaks after "Police".
                alternatives.Add((string.Join(@"\s+", words.Select(WordPattern)) + (words.Length == 1 ? @"(?![ \t]+\p{Lu})(?!\s+(?:\p{Lu}[\p{L}'’]*\s+){0,3}Act\b)" : string.Empty), ending.Length));
            }
        }

        endings = new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives.OrderByDescending(a => a.Length).Select(a => a.Pattern)) + @")(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant);
        named = [.. gazetteer.NamedBodies.Select(b => (b, new Regex(
            @"(?<![\p{L}])" + Regex.Escape(b.Name).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"(?![\p{L}])",
            RegexOptions.CultureInvariant)))];
    }

    // Words that show a run names a role or a heading, not a body ("Chief Nursing Information Officer ICB").
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "officer", "officers", "director", "head", "manager", "lead", "member", "members", "executive", "decision", "item",
        "report", "agenda", "minutes", "appendix", "schedule", "annex", "section", "table", "risk", "action", "note", "additional",
        "further", "extra", "current", "existing", "previous", "proposed", "relevant", "interim",
    };

    public List<PartnerBodyMatch> Find(IReadOnlyList<TextZone> zones)
    {
        var allText = string.Join("\n", zones.Select(z => z.Text));
        var lowerWords = new LowerCaseWords(allText);
        var hits = new List<(string Name, string Kind, string Zone)>();
        foreach (var zone in zones)
        {
            foreach (Match m in endings.Matches(zone.Text))
            {
                var words = NameRunReader.Words(NameRunReader.Before(zone.Text, m.Index, 8));

                // "Thames Valley Police and Lowestoft Town Council": another body's name ends at its closing word.
                var closed = words.FindLastIndex(closingWords.Contains);
                words = words[(closed + 1)..];
                // Openers, and capitalised words the text also uses in lower case ("Additional ICB funding"), are not names.
                while (words.Count > 0 && (Openers.Contains(words[0]) || char.IsLower(words[0][0]) || lowerWords.Contains(words[0])))
                {
                    words.RemoveAt(0);
                }

                if (words.Count > 0 && !words.Any(w => NotNameWords.Contains(w) || w.Any(char.IsDigit)))
                {
                    hits.Add((Name(words, m.Value), kindByEnding[Normalise(m.Value)], zone.Name));
                }
            }

            foreach (var (body, pattern) in named)
            {
                var count = pattern.Count(zone.Text);
                hits.AddRange(Enumerable.Repeat((body.Name, body.Kind, zone.Name), count));
            }
        }

        return [.. hits
            .GroupBy(h => CouncilNameParts.Key(h.Name))
            .Select(g => new PartnerBodyMatch(
                g.First().Name,
                g.First().Kind,
                [.. g.GroupBy(h => h.Zone).Select(z => new TagEvidence(g.First().Name, z.Key, z.Count()))]))
            .OrderByDescending(p => p.Evidence.Sum(e => e.Count))];
    }

    // A name in capitals ("THAMES VALLEY POLICE") is title-cased, keeping short acronyms ("NHS", "ICB"); a mixed-case
    // name is kept as written.
    private static string Name(List<string> words, string ending)
    {
        List<string> all = [.. words, .. ending.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
        var shouting = all.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))) && all.Any(w => w.Length > 3);
        return shouting
            ? string.Join(' ', all.Select((w, i) => w.Length <= 3 && !IsShoutedConnector(w) ? w : CouncilNameFormatter.TitleCase(w, i == 0)))
            : string.Join(' ', all);
    }

    private static bool IsShoutedConnector(string word) => word is "AND" or "OF" or "THE" or "&";

    // "Police" also as "POLICE"; "and" also as "&"; abbreviations ("ICB") exactly.
    private static string WordPattern(string word) => word switch
    {
        "and" => "(?:and|&|AND)",
        _ when word.All(char.IsUpper) => Regex.Escape(word),
        _ => "(?:" + Regex.Escape(word) + "|" + Regex.Escape(word.ToUpperInvariant()) + ")",
    };

    private static string Normalise(string ending) => CouncilNameParts.Key(ending);
}
