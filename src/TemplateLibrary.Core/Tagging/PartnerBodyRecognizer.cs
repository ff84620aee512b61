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
    private readonly IReadOnlyList<NamedPublicBody> named;

    public PartnerBodyRecognizer(CouncilGazetteer gazetteer)
    {
        var alternatives = new List<(string Pattern, int Length)>();
        foreach (var kind in gazetteer.PartnerKinds)
        {
            foreach (var ending in kind.Endings)
            {
                kindByEnding[Normalise(ending)] = kind.Id;
                closingWords.Add(ending.Split(' ')[^1]);
                alternatives.Add((string.Join(@"\s+", ending.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordPattern)), ending.Length));
            }
        }

        endings = new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives.OrderByDescending(a => a.Length).Select(a => a.Pattern)) + @")(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant);
        named = gazetteer.NamedBodies;
    }

    public List<PartnerBodyMatch> Find(IReadOnlyList<TextZone> zones)
    {
        var hits = new List<(string Name, string Kind, string Zone)>();
        foreach (var zone in zones)
        {
            foreach (Match m in endings.Matches(zone.Text))
            {
                var words = NameRunReader.Words(NameRunReader.Before(zone.Text, m.Index, 8));

                // "Thames Valley Police and Lowestoft Town Council": another body's name ends at its closing word.
                var closed = words.FindLastIndex(closingWords.Contains);
                words = words[(closed + 1)..];
                while (words.Count > 0 && (Openers.Contains(words[0]) || char.IsLower(words[0][0])))
                {
                    words.RemoveAt(0);
                }

                if (words.Count > 0 && !words.All(w => Openers.Contains(w)))
                {
                    // A name in capitals ("THAMES VALLEY POLICE") is title-cased; acronyms in a mixed name ("NHS Devon ICB") stay.
                    var shouting = words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))) && words.Any(w => w.Length > 3);
                    var name = shouting
                        ? string.Join(' ', words.Append(m.Value).Select((w, i) => CouncilNameFormatter.TitleCase(w, i == 0)))
                        : string.Join(' ', [.. words, CueScorer.Collapse(m.Value)]);
                    hits.Add((name, kindByEnding[Normalise(m.Value)], zone.Name));
                }
            }

            foreach (var body in named)
            {
                var count = Regex.Matches(zone.Text, @"(?<![\p{L}])" + Regex.Escape(body.Name).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"(?![\p{L}])").Count;
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

    // "Police" also as "POLICE"; "and" also as "&"; abbreviations ("ICB") exactly.
    private static string WordPattern(string word) => word switch
    {
        "and" => "(?:and|&|AND)",
        _ when word.All(char.IsUpper) => Regex.Escape(word),
        _ => "(?:" + Regex.Escape(word) + "|" + Regex.Escape(word.ToUpperInvariant()) + ")",
    };

    private static string Normalise(string ending) => CouncilNameParts.Key(ending);
}
