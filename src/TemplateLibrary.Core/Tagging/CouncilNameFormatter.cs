using System.Globalization;
using System.Text;

namespace TemplateLibrary.Core.Tagging;

/// <summary>Cleans a council name found in text: drops leading words that are not part of a name and fixes capitals.</summary>
internal static class CouncilNameFormatter
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "upon", "on", "under", "and", "&", "in", "with", "le", "by", "the", "of", "super",
    };

    // Words that often stand before a council's name without being part of it.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "each", "every", "any", "a", "an", "our", "your", "their", "its", "his", "her",
        "other", "partner", "host", "hosting", "lead", "neighbouring", "both", "all", "relevant", "participating", "constituent",
        "principal", "local", "respective", "such", "which", "where", "whereas", "dear", "between", "said", "named", "new", "former",
        "same", "one", "two", "three", "four", "five", "several", "either", "neither", "shared", "joint", "by", "of", "for", "from",
        "to", "with", "cabinet", "committee", "members", "member", "report", "agenda", "executive", "chief", "director", "officer",
        "officers", "head", "leader", "mayor", "council", "councils", "councillor", "cllr", "staff", "employees", "mr", "mrs", "ms",
        "dr", "i", "we", "it", "in", "on", "at", "as", "if", "when", "while", "whilst", "under", "appendix", "schedule", "annex",
        "item", "section", "part", "page", "date", "full", "whole", "unitary", "however", "following", "yesterday", "today", "also",
        "additionally", "currently", "previously", "recently", "within", "although", "since", "because", "after", "before", "during",
        "thus", "therefore", "furthermore", "moreover", "meanwhile", "why", "how", "what", "who", "then", "now", "only", "some", "many",
        "most", "further", "initially", "finally", "subsequently", "councillors", "residents", "across", "around", "through", "via",
        "like", "unlike", "overall", "together", "including", "led", "funded", "supported", "agreement", "meeting", "minutes",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "and", "&", "or", "but", "not", "no", "nor",
        "district", "borough", "city", "county", "town", "parish", "metropolitan", "royal", "london", "whether", "is", "are", "was",
        "were", "be", "has", "have", "had", "will", "shall", "would", "should", "can", "could", "may", "must", "here", "there",
        "signed", "sealed", "dated", "made", "party", "parties", "authority", "authorities", "public", "health", "nhs", "senior",
        "management", "team", "service", "services", "shared", "strategic", "annual", "governance", "audit", "scrutiny", "overview",
        "policy", "resources", "finance", "legal", "democratic", "west", "east", "north", "south", "later", "earlier", "last",
        "next", "first", "second", "third", "tomorrow", "please", "thank", "thanks", "note", "notably", "importantly", "indeed",
        "instead", "otherwise", "accordingly", "consequently", "hence", "similarly", "likewise", "alternatively", "specifically",
        "particularly", "generally", "typically", "usually", "often", "sometimes", "once", "again", "so", "yet", "still", "even",
    };

    // Words a bare "X Council" must not be made of: bodies that are not local authorities, or meeting names.
    private static readonly HashSet<string> NotCouncilNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "full", "youth", "arts", "privy", "executive", "joint", "shared", "church", "national", "regional", "european", "security",
        "research", "medical", "sports", "design", "british", "employers", "city", "county", "district", "borough", "town", "parish",
        "community", "school", "schools", "receiving", "employing", "provider", "customer", "client", "delegating", "administering",
        "commissioning", "accountable", "contracting", "sending", "transferring", "home", "other", "centre", "parent", "member",
        "participating", "lead", "host", "in-year", "year", "annual", "student", "students", "tenants", "the", "unitary", "principal", "partner", "host", "lead",
        "each", "neighbouring", "relevant", "england", "wales", "scotland", "local", "green", "sentencing", "economic", "press",
    };

    // Words that show a run is an address, a role or a defined term rather than a council's place name.
    private static readonly HashSet<string> NotPlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hall", "house", "street", "road", "centre", "center", "square", "chambers", "offices", "office", "building", "buildings", "lane",
        "host", "hosting", "lead", "partner", "partners", "participating", "constituent", "employing", "receiving", "sending", "placing",
        "seconding", "secondee", "shareholder", "shareholders", "commissioning", "contracting", "delegating", "administering",
        "accountable", "client", "customer", "provider", "requesting", "assisting", "lending", "supplying", "referring", "transferring",
        "withdrawing", "continuing", "remaining", "defaulting", "another", "other", "each", "every", "any", "name", "allow", "relevant",
        "respective", "neighbouring", "member", "home", "parent", "owning", "youth", "services", "service", "team", "committee", "board",
        "partnership", "group", "forum", "association", "network", "programme", "project", "agreement", "scheme",
    };

    /// <summary>Whether a cleaned name can be a council's place name (no address, role or organisation words in it).</summary>
    public static bool IsPlausibleCouncilName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !NotPlaceWords.Contains(Core(w)));

    /// <summary>The name with leading non-name words removed, or null when nothing that looks like a name is left.</summary>
    /// <param name="rawName">The capitalised words found before "Council" or the abbreviation.</param>
    /// <param name="bareCouncil">Whether the name stood before a bare "Council" (unitary form), which needs stricter checks.</param>
    /// <param name="isCommonWord">Whether a word also appears in lower case in the document, so is an ordinary word at a sentence start.</param>
    public static string? CleanName(string rawName, bool bareCouncil, Func<string, bool>? isCommonWord = null)
    {
        var tokens = rawName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 0 && (NotNameWords.Contains(Core(tokens[0])) || Connectors.Contains(tokens[0])
            || (tokens.Count > 1 && !IsDirection(tokens[0]) && isCommonWord is not null && isCommonWord(Core(tokens[0])))))
        {
            // Keep directional words that begin real names ("North Somerset", "East Riding") when a name follows.
            if (IsDirection(tokens[0]) && tokens.Count > 1 && !NotNameWords.Contains(Core(tokens[1])) && !Connectors.Contains(tokens[1]))
            {
                break;
            }

            tokens.RemoveAt(0);
        }

        // "Shared Legal Service with Ashbourne": a long run of words before "with" is a heading, not part of the name.
        var with = tokens.FindIndex(t => t == "with");
        if (with > 1)
        {
            tokens.RemoveRange(0, with + 1);
        }

        while (tokens.Count > 0 && Connectors.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count == 0 || !char.IsUpper(tokens[0][0]))
        {
            return null;
        }

        if (bareCouncil && tokens.All(t => NotCouncilNames.Contains(Core(t)) || NotNameWords.Contains(Core(t)) || Connectors.Contains(t)))
        {
            return null;
        }

        return string.Join(' ', tokens.Select((t, i) => TitleCase(t, i == 0)));
    }

    /// <summary>Title-cases a word written in capitals ("NORTHMERE", "STOCKTON-ON-TEES"); mixed-case words are kept.</summary>
    public static string TitleCase(string word, bool first)
    {
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count < 2 || !letters.All(char.IsUpper))
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        var parts = word.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].ToLower(CultureInfo.InvariantCulture);
            var keepLower = Connectors.Contains(part) && !(first && i == 0);
            if (!keepLower && part.Length > 0)
            {
                part = char.ToUpperInvariant(part[0]) + part[1..];
            }

            builder.Append(i > 0 ? "-" : string.Empty).Append(part);
        }

        return builder.ToString();
    }

    private static bool IsDirection(string token) =>
        Core(token) is "North" or "South" or "East" or "West" or "NORTH" or "SOUTH" or "EAST" or "WEST" or "Mid" or "MID";

    private static string Core(string token) => token.Trim('\'', '\u2019', '.', ',', '(', ')');
}
