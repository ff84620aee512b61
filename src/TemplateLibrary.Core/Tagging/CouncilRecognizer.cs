using System.Text.RegularExpressions;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// Finds the councils a document names. A name is tagged when its place name is in the gazetteer ("Wealden District
/// Council", "Essex CC", "Adur and Worthing councils", "Stirling Council") or, for a council the gazetteer does not know,
/// when it is written in a full council form ("Northmere District Council", "London Borough of X", "Council of the Borough
/// of X"). Defined terms and role words ("the Host Council", "each Council", "Partner Councils"), sentence fragments and
/// town or parish councils never become councils. Lists and plurals are split: "Teignbridge and Torridge DCs" gives both.
/// </summary>
internal sealed partial class CouncilRecognizer
{
    // Words that begin longer place names: "North Mereshire Council" is not Mereshire's council.
    private static readonly HashSet<string> NameOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "mid", "upper", "lower", "central", "greater", "great", "little", "new", "old", "royal",
    };

    // Capitalised words that open a sentence with a phrase, not a name ("In West Sussex, ...").
    private static readonly HashSet<string> IntroductionWords = new(StringComparer.Ordinal)
    {
        "In", "At", "For", "From", "With", "Across", "Within", "Like", "Unlike", "Since", "After", "Before", "During", "Under",
        "Outside", "Inside", "Beyond", "Besides", "Including", "Meanwhile", "However", "Elsewhere", "Also", "Thus", "Together",
    };

    private readonly CouncilGazetteer gazetteer;

    public CouncilRecognizer(CouncilGazetteer gazetteer) => this.gazetteer = gazetteer;

    public List<CouncilMatch> Find(IReadOnlyList<TextZone> zones)
    {
        var allText = string.Join("\n", zones.Select(z => z.Text));
        var lowerWords = new LowerCaseWords(allText);
        bool IsCommon(string word) => word.Length > 0 && char.IsUpper(word[0]) && lowerWords.Contains(word);
        var hits = new List<(string Name, string? Region, string Written, string Zone)>();
        foreach (var zone in zones)
        {
            var found = new List<CouncilName>();
            foreach (Match m in Anchor().Matches(zone.Text))
            {
                found.AddRange(m.Groups["abbr"].Success ? FromAbbreviation(zone.Text, m, allText, IsCommon) : FromCouncilWord(zone.Text, m, IsCommon));
            }

            foreach (Match m in FormalOpening().Matches(zone.Text))
            {
                if (FromFormalOpening(zone.Text, m) is { } name)
                {
                    found.Add(name);
                }
            }

            hits.AddRange(found.Select(f => (f.Name, f.Council?.Region, CueScorer.Collapse(f.Written), zone.Name)));
        }

        return [.. hits
            .GroupBy(h => CouncilNameParts.Key(h.Name))
            .Select(g => new CouncilMatch(
                g.First().Name,
                [.. g.GroupBy(h => (h.Written, h.Zone)).Select(w => new TagEvidence(w.Key.Written, w.Key.Zone, w.Count()))])
            {
                Region = g.First().Region,
            })
            .OrderByDescending(c => c.Evidence.Sum(e => e.Count))];
    }

    // "Wealden District Council", "Adur and Worthing councils", "the Host Council" (nothing).
    private IEnumerable<CouncilName> FromCouncilWord(string text, Match anchor, Func<string, bool> isCommon)
    {
        // Kind words in any case ("Gloucester city council"), then the name before them.
        var kinds = new List<NameToken>();
        var nameEnd = anchor.Index;
        while (KindWordBefore(text, nameEnd) is { } kind)
        {
            kinds.Insert(0, kind);
            nameEnd = kind.Start;
        }

        var run = WithoutIntroduction(NameRunReader.Before(text, nameEnd));

        if (kinds.Any(k => CouncilNameParts.LocalCouncilKinds.Contains(k.Text)))
        {
            return [];
        }

        var word = anchor.Groups["council"].Value;
        var plural = word.EndsWith('s') || word.EndsWith('S');
        var lowerCase = char.IsLower(word[0]);
        var corporation = word.StartsWith('C') && word.Equals("Corporation", StringComparison.Ordinal);
        var unknownAllowed = kinds.Count > 0 && !lowerCase && !corporation;
        return Members(text, run, NameRunReader.Words(kinds), [], plural, unknownAllowed, anchor.Index + anchor.Length, isCommon,
            unknown => string.Join(' ', kinds.Select(k => char.ToUpperInvariant(k.Text[0]) + k.Text[1..].ToLowerInvariant())) + " Council");
    }

    // "Essex CC", "Teignbridge and Torridge DCs", "Islington and Camden LBCs".
    private IEnumerable<CouncilName> FromAbbreviation(string text, Match anchor, string allText, Func<string, bool> isCommon)
    {
        var abbreviation = anchor.Groups["abbr"].Value.TrimEnd('s');
        var run = WithoutIntroduction(NameRunReader.Before(text, anchor.Index));
        IReadOnlySet<string>[] options = abbreviation switch
        {
            "DC" => [Set("district")],
            "BC" => [Set("borough")],
            "CC" => [Set("county"), Set("city")],
            "MBC" => [Set("metropolitan", "borough"), Set("borough")],
            "MDC" => [Set("metropolitan", "district"), Set("district")],
            _ => [Set("borough")],
        };
        return Members(text, run, [], options, anchor.Groups["abbr"].Value.EndsWith('s'), true, anchor.Index + anchor.Length, isCommon,
            unknown => Expand(abbreviation, unknown, allText));
    }

    // "London Borough of Sutton", "Borough Council of King's Lynn and West Norfolk", "Council of the Isles of Scilly".
    private CouncilName? FromFormalOpening(string text, Match opening)
    {
        var run = NameRunReader.After(text, opening.Index + opening.Length);
        var words = NameRunReader.Words(run);

        var kind = opening.Groups["kind"].Value.ToLowerInvariant();
        var london = opening.Groups["london"].Value;
        IReadOnlySet<string>[] options = kind.Length > 0 ? [Set(kind.Split(' ', StringSplitOptions.RemoveEmptyEntries))] : [];
        for (var count = words.Count; count > 0; count--)
        {
            // "Royal Borough of Elmsworth's Cabinet": a name may end in a possessive ("King's Lynn" is a whole name).
            List<string> prefix = [.. words[..(count - 1)], StripPossessive(words[count - 1])];
            if (gazetteer.Resolve(prefix, options) is { } council)
            {
                return new CouncilName(council.Name, council, opening.Value + " " + string.Join(' ', words[..count]));
            }
        }

        var possessive = words.FindIndex(w => StripPossessive(w) != w);
        if (possessive >= 0)
        {
            words = [.. words[..possessive], StripPossessive(words[possessive])];
        }

        // A council the gazetteer does not know needs its kind: "London Borough of X", "Council of the Borough of X"; after
        // "X District Council of" comes an address ("of Council Offices"), so that form counts only for known names.
        var end = words.FindIndex(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) || w == "&");
        var own = end < 0 ? words : words[..end];
        var name = CouncilNameFormatter.CleanName(string.Join(' ', own), false);
        if (name is null || opening.Groups["after"].Success || (london.Length == 0 && kind.Length == 0) || !IsPlausibleUnknown(name, run))
        {
            return null;
        }

        var written = opening.Value + " " + string.Join(' ', own);
        return london.Length > 0
            ? new CouncilName((london.StartsWith('R') || london.StartsWith('r') ? "Royal Borough of " : "London Borough of ") + name, null, written)
            : new CouncilName($"{name} {CouncilNameFormatter.TitleCase(kind, true)} Council".Replace("  ", " ", StringComparison.Ordinal), null, written);
    }

    /// <summary>
    /// The councils of a run written before "Council(s)" or an abbreviation, right to left: the longest ending of the run
    /// that the gazetteer knows is one council; a list separator before it lets the list go on. A name the gazetteer does
    /// not know counts only where <paramref name="unknownAllowed"/> (a kind word or abbreviation was written).
    /// </summary>
    private IEnumerable<CouncilName> Members(
        string text,
        List<NameToken> run,
        IReadOnlyList<string> kindWords,
        IReadOnlyList<IReadOnlySet<string>> options,
        bool plural,
        bool unknownAllowed,
        int anchorEnd,
        Func<string, bool> isCommon,
        Func<string, string> unknownSuffix)
    {
        var results = new List<CouncilName>();
        var remaining = run;
        var first = true;
        while (remaining.Any(t => t.Kind == NameTokenKind.Word))
        {
            var (index, council) = LongestKnownEnding(remaining, kindWords, options);
            var end = first ? anchorEnd : remaining[^1].Start + remaining[^1].Text.Length;
            if (council is not null)
            {
                results.Add(new CouncilName(council.Name, council, text[remaining[index].Start..end]));
                remaining = remaining[..index];
            }
            else if (unknownAllowed && (first || plural))
            {
                var memberStart = plural
                    ? remaining.FindLastIndex(t => t.IsListSeparator) + 1
                    : remaining.FindLastIndex(t => t.Kind == NameTokenKind.Comma) + 1;
                var member = remaining[memberStart..];
                var name = CouncilNameFormatter.CleanName(string.Join(' ', NameRunReader.Words(member)), false, isCommon);
                if (name is null || memberStart >= remaining.Count || !IsPlausibleUnknown(name, member))
                {
                    break;
                }

                results.Add(new CouncilName($"{name} {unknownSuffix(name)}", null, text[member[0].Start..end]));
                remaining = remaining[..memberStart];
            }
            else
            {
                break;
            }

            first = false;
            while (remaining.Count > 0 && remaining[^1].Kind == NameTokenKind.LineBreak)
            {
                remaining = remaining[..^1];
            }

            // "Bridgend, Cardiff and the Vale of Glamorgan Councils": "the" opens the next name.
            while (remaining.Count > 0 && remaining[^1].Kind == NameTokenKind.Connector && !remaining[^1].IsListSeparator)
            {
                remaining = remaining[..^1];
            }

            if (remaining.Count == 0 || !remaining[^1].IsListSeparator)
            {
                break;
            }

            while (remaining.Count > 0 && (remaining[^1].IsListSeparator || remaining[^1].Kind == NameTokenKind.LineBreak))
            {
                remaining = remaining[..^1];
            }
        }

        // "Three Buckinghamshire Councils", "Somerset councils": one place before a bare plural means the councils of that area.
        return plural && results.Count == 1 && kindWords.Count == 0 && options.Count == 0 ? [] : results;
    }

    // A name the gazetteer does not know must be one line of place words: table cells ("Kingsmere Ravensholt Oakridge"
    // above "CC BC DC"), addresses and roles are not councils, nor is a run that holds places the gazetteer knows.
    private bool IsPlausibleUnknown(string name, List<NameToken> written) =>
        CouncilNameFormatter.IsPlausibleCouncilName(name)
        && !written.Any(t => t.Kind == NameTokenKind.LineBreak)
        && !name.Split(' ').Any(w => gazetteer.IsPlace(CouncilNameParts.Key(w)));

    // "In West Sussex, Adur and Worthing councils": an opening phrase before a comma is not part of the list.
    private static List<NameToken> WithoutIntroduction(List<NameToken> run)
    {
        var comma = run.FindIndex(t => t.Kind == NameTokenKind.Comma);
        return run.Count > 0 && comma > 0 && IntroductionWords.Contains(run[0].Text) ? run[(comma + 1)..] : run;
    }

    private static NameToken? KindWordBefore(string text, int end)
    {
        var i = end;
        while (i > 0 && (text[i - 1] is ' ' or '\t' or '\r' || (text[i - 1] == '\n' && (i < 2 || text[i - 2] != '\n'))))
        {
            i--;
        }

        var wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var word = text[i..wordEnd];
        return word.Length > 0 && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && CouncilNameParts.KindWords.Contains(word)
            ? new NameToken(word, NameTokenKind.Word, i)
            : null;
    }

    private (int Index, GazetteerCouncil? Council) LongestKnownEnding(List<NameToken> run, IReadOnlyList<string> kindWords, IReadOnlyList<IReadOnlySet<string>> options)
    {
        for (var i = 0; i < run.Count; i++)
        {
            if (run[i].Kind != NameTokenKind.Word || (i > 0 && run[i - 1].Kind == NameTokenKind.Word && NameOpeners.Contains(run[i - 1].Text)))
            {
                continue;
            }

            var words = NameRunReader.Words(run[i..]);
            words.AddRange(kindWords);
            if (gazetteer.Resolve(words, options) is { } council)
            {
                return (i, council);
            }
        }

        return (-1, null);
    }

    private static string Expand(string abbreviation, string name, string allText) => abbreviation switch
    {
        "DC" => "District Council",
        "BC" => "Borough Council",
        "MBC" => "Metropolitan Borough Council",
        "MDC" => "Metropolitan District Council",
        "LBC" => "Borough Council",
        "CC" when allText.Contains(name + " City Council", StringComparison.OrdinalIgnoreCase)
            || allText.Contains("City of " + name, StringComparison.OrdinalIgnoreCase) => "City Council",
        _ => "County Council",
    };

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'', '\u2019');

    private static HashSet<string> Set(params string[] kinds) => new(kinds, StringComparer.OrdinalIgnoreCase);

    // "Council", "Councils", "council", "COUNCIL", "Corporation" (not "Councillor"), or a council abbreviation.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<council>[Cc]ouncils?|COUNCILS?|Corporation)(?![\p{L}])|(?<abbr>(?:MBC|MDC|LBC|DC|BC|CC)s?)(?![\p{L}\p{N}]))", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    // Openings followed by the council's place name.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<london>London|Royal|LONDON|ROYAL)\s+(?:Borough|BOROUGH)\s+(?:of|OF)|(?:Council|COUNCIL)\s+(?:of|OF)\s+(?:(?:the|THE)\s+(?<kind>(?i:county\s+borough|royal\s+borough|city|borough|county|district))\s+(?:of|OF)|(?:the|THE))|(?<after>(?<kind>(?i:borough|city|county|district))\s+(?i:council)\s+(?:of|OF)))(?=\s+[\p{Lu}])", RegexOptions.CultureInvariant)]
    private static partial Regex FormalOpening();
}
