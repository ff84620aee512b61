using System.Text;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>
/// Splits a council's name into its place name and the words that say what kind of council it is, the same way for
/// the gazetteer's names and for names found in text: "Bridgend County Borough Council" is "Bridgend" + county, borough;
/// "City of York Council" is "City of York" (or "York") + city; "Armagh City and District Council" is "Armagh".
/// </summary>
internal static class CouncilNameParts
{
    /// <summary>Words that close a council's name.</summary>
    public static readonly HashSet<string> Anchors = new(StringComparer.OrdinalIgnoreCase) { "council", "councils", "corporation" };

    /// <summary>Words that say what kind of council a name is ("Wealden District Council").</summary>
    public static readonly HashSet<string> KindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "county", "borough", "district", "city", "metropolitan", "unitary", "town", "parish", "community", "village", "neighbourhood",
    };

    /// <summary>Kinds that make a local council below the principal councils (a partner body, not a council).</summary>
    public static readonly HashSet<string> LocalCouncilKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "town", "parish", "community", "village", "neighbourhood",
    };

    // Openings of formal names, longest first, with the kind word they carry.
    private static readonly (string[] Words, string? Kind)[] Prefixes =
    [
        (["city", "and", "county", "of"], "city"),
        (["london", "borough", "of"], "borough"),
        (["royal", "borough", "of"], "borough"),
        (["borough", "council", "of"], "borough"),
        (["council", "of", "the"], null),
        (["borough", "of"], "borough"),
        (["council", "of"], null),
        (["city", "of"], "city"),
        (["county", "of"], "county"),
        (["the"], null),
    ];

    /// <summary>
    /// The place name (as written, and without a formal opening such as "City of") and the kind words of a name's words.
    /// </summary>
    public static (List<string> Places, HashSet<string> Kinds) Split(IReadOnlyList<string> words)
    {
        var kinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var end = words.Count;
        while (end > 0 && Anchors.Contains(Bare(words[end - 1])))
        {
            end--;
        }

        while (end > 0)
        {
            var last = Bare(words[end - 1]);
            if (KindWords.Contains(last))
            {
                kinds.Add(last.ToLowerInvariant());
                end--;
            }
            else if (end > 1 && last.Equals("and", StringComparison.OrdinalIgnoreCase) && KindWords.Contains(Bare(words[end - 2])) && kinds.Count > 0)
            {
                // "Armagh City and District": the "and" joins two kind words.
                end--;
            }
            else
            {
                break;
            }
        }

        var places = new List<string>();
        if (end == 0)
        {
            return (places, kinds);
        }

        var name = words.Take(end).ToList();
        places.Add(string.Join(' ', name));
        foreach (var (prefix, kind) in Prefixes)
        {
            if (name.Count > prefix.Length && prefix.Select((w, i) => Bare(name[i]).Equals(w, StringComparison.OrdinalIgnoreCase)).All(b => b))
            {
                var rest = string.Join(' ', name.Skip(prefix.Length));
                // "City of London" keeps its opening: "London" alone names no council ("London Councils" is an association).
                if (!rest.Equals("London", StringComparison.OrdinalIgnoreCase))
                {
                    places.Add(rest);
                }

                if (kind is not null)
                {
                    kinds.Add(kind);
                }

                break;
            }
        }

        return (places, kinds);
    }

    /// <summary>The comparison key of a place name: letters and digits in upper case, "&amp;" read as "and".</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>A word without surrounding punctuation.</summary>
    public static string Bare(string word) => word.Trim(',', '.', '\'', '\u2019', '(', ')', ';', ':');
}
