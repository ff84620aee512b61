using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// Finds council names in their usual forms and normalises them: "X District Council", "London Borough of X",
/// "Royal Borough of X", "X City Council", "Borough Council of X", "City of X Council", "X Council" (unitaries) and
/// the abbreviations DC, BC, MBC, MDC and CC. "CC" becomes "County Council" unless the same document calls X a city
/// ("X City Council" or "City of X"), because county councils are the commoner reading in shared-service papers.
/// </summary>
internal static partial class CouncilRecognizer
{
    private const string NameToken = @"(?!(?:Council|COUNCIL|Councils|COUNCILS|MBC|MDC|DC|BC|CC)\b)[A-Z][\w'\u2019.]*(?:-[A-Za-z][\w'\u2019]*)*";
    private const string Name = @"(?<![\w'\u2019&.-])" + NameToken + @"(?:[ \t]+(?:(?:upon|on|under|and|&|in|with|le|by)[ \t]+)?" + NameToken + "){0,4}";

    public static List<CouncilMatch> Find(IReadOnlyList<TextZone> zones)
    {
        var allText = string.Join("\n", zones.Select(z => z.Text));
        var hits = new List<(string Name, string Written, string Zone)>();
        HashSet<string>? lowerWords = null;
        bool IsCommon(string word)
        {
            lowerWords ??= new HashSet<string>(Regex.Matches(allText, @"\b[a-z][a-z'\u2019]+\b").Select(m => m.Value), StringComparer.Ordinal);
            return word.Length > 0 && char.IsUpper(word[0]) && lowerWords.Contains(word.ToLowerInvariant());
        }

        foreach (var zone in zones)
        {
            // Every pattern needs its keyword written out: a long text without "council" (most of a large archive's
            // technical papers) is not scanned name by name for nothing. The keyword tests give the same matches.
            var council = zone.Text.Contains("council", StringComparison.OrdinalIgnoreCase);
            var borough = zone.Text.Contains("borough", StringComparison.OrdinalIgnoreCase);
            var abbreviated = zone.Text.Contains("DC", StringComparison.Ordinal) || zone.Text.Contains("BC", StringComparison.Ordinal)
                || zone.Text.Contains("CC", StringComparison.Ordinal);
            if (!council && !borough && !abbreviated)
            {
                continue;
            }

            var taken = new List<(int Start, int End)>();
            foreach (Match m in council ? Typed().Matches(zone.Text) : Enumerable.Empty<Match>())
            {
                Add(hits, taken, zone, m, CouncilNameFormatter.CleanName(m.Groups["name"].Value, false, IsCommon), Kind(m.Groups["kind"].Value) + " Council");
            }

            foreach (Match m in borough ? BoroughOf().Matches(zone.Text) : Enumerable.Empty<Match>())
            {
                var name = CouncilNameFormatter.CleanName(TrimTrailing(m.Groups["name"].Value), false, IsCommon);
                var prefix = m.Groups["prefix"].Value.ToUpperInvariant().StartsWith("ROYAL", StringComparison.Ordinal)
                    ? "Royal Borough of " : "London Borough of ";
                if (name is not null && !Overlaps(taken, m))
                {
                    taken.Add((m.Index, m.Index + m.Length));
                    hits.Add((prefix + name, CueScorer.Collapse(m.Value), zone.Name));
                }
            }

            foreach (Match m in council ? CouncilOf().Matches(zone.Text) : Enumerable.Empty<Match>())
            {
                var name = CouncilNameFormatter.CleanName(TrimTrailing(m.Groups["name"].Value), false, IsCommon);
                var kind = Kind(m.Groups["kind"].Value);
                Add(hits, taken, zone, m, name, kind == "City" ? null : kind + " Council", cityOf: kind == "City");
            }

            foreach (Match m in abbreviated ? Abbreviated().Matches(zone.Text) : Enumerable.Empty<Match>())
            {
                var name = CouncilNameFormatter.CleanName(m.Groups["name"].Value, false, IsCommon);
                Add(hits, taken, zone, m, name, Expand(m.Groups["abbr"].Value, name, allText));
            }

            foreach (Match m in council ? Bare().Matches(zone.Text) : Enumerable.Empty<Match>())
            {
                Add(hits, taken, zone, m, CouncilNameFormatter.CleanName(m.Groups["name"].Value, true, IsCommon), "Council");
            }
        }

        return [.. hits
            .GroupBy(h => Key(h.Name))
            .Select(g => new CouncilMatch(
                g.First().Name,
                [.. g.GroupBy(h => (h.Written, h.Zone)).Select(w => new TagEvidence(w.Key.Written, w.Key.Zone, w.Count()))]))
            .OrderByDescending(c => c.Evidence.Sum(e => e.Count))];
    }

    private static void Add(
        List<(string Name, string Written, string Zone)> hits,
        List<(int Start, int End)> taken,
        TextZone zone,
        Match match,
        string? name,
        string? suffix,
        bool cityOf = false)
    {
        if (name is null || Overlaps(taken, match))
        {
            return;
        }

        taken.Add((match.Index, match.Index + match.Length));
        hits.Add((cityOf ? $"City of {name} Council" : $"{name} {suffix}", CueScorer.Collapse(match.Value), zone.Name));
    }

    private static bool Overlaps(List<(int Start, int End)> taken, Match m) =>
        taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start);

    private static string Kind(string written) =>
        string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => CouncilNameFormatter.TitleCase(w, true)));

    private static string Expand(string abbreviation, string? name, string allText) => abbreviation switch
    {
        "DC" => "District Council",
        "BC" => "Borough Council",
        "MBC" => "Metropolitan Borough Council",
        "MDC" => "Metropolitan District Council",
        "CC" when name is not null && (allText.Contains(name + " City Council", StringComparison.OrdinalIgnoreCase)
            || allText.Contains("City of " + name, StringComparison.OrdinalIgnoreCase)) => "City Council",
        "CC" => "County Council",
        _ => "Council",
    };

    private static string TrimTrailing(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[^1].ToUpperInvariant() is "COUNCIL" or "CABINET" or "COMMITTEE" or "REPORT" or "AGREEMENT" or "AND" or "&")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private static string Key(string name) =>
        Regex.Replace(name.Replace("&", "and", StringComparison.Ordinal), @"\W+", string.Empty).ToUpperInvariant();

    [GeneratedRegex(@"(?<name>" + Name + @")[ \t]+(?<kind>(?i:metropolitan\s+borough|metropolitan\s+district|county\s+borough|borough|district|city|county|town|parish))\s+(?i:council)\b(?!\s+of\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Typed();

    [GeneratedRegex(@"(?<prefix>(?i:london|royal)\s+(?i:borough)\s+(?i:of))\s+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex BoroughOf();

    [GeneratedRegex(@"\b(?<kind>(?i:borough|district|county|city))\s+(?i:council\s+of)\s+(?<name>" + Name + @")|\b(?<kind>(?i:city))\s+(?i:of)\s+(?<name>" + NameToken + @")\s+(?i:council)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilOf();

    [GeneratedRegex(@"(?<name>" + Name + @")[ \t]+(?<abbr>MBC|MDC|DC|BC|CC)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviated();

    [GeneratedRegex(@"(?<name>" + Name + @")(?<!['\u2019]s)[ \t]+(?i:council)\b(?!['\u2019]?s?\s*(?:of)\b)(?!\s+(?i:tax|housing|offices?|chamber|house|meetings?|members?|leader|plan|tenants?|homes?|services?|budget|constitution|decisions?|policy|owned|funded|staff|officers?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
