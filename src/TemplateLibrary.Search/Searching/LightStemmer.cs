namespace TemplateLibrary.Search.Searching;

/// <summary>A small English suffix stripper, so "lawyers" is marked for "lawyer" and "agreed" for "agreement".</summary>
/// <remarks>Only for marking snippets: FTS5's Porter stemmer decides what matches; this only needs to agree on common forms.</remarks>
internal static class LightStemmer
{
    private static readonly string[] Suffixes =
    [
        "ations", "ation", "ments", "ment", "ings", "ing", "ness", "ities", "ity", "ies", "ied", "ers", "er",
        "ed", "es", "ly", "al", "s",
    ];

    /// <summary>The word with its first listed suffix removed (keeping at least three letters), then trailing e's.</summary>
    public static string Stem(string word)
    {
        var stem = word;
        foreach (var suffix in Suffixes)
        {
            if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = suffix is "ies" or "ied" ? stem[..^3] + "y" : stem[..^suffix.Length];
                break;
            }
        }

        // Trailing e's go too, so agree, agreed, agrees and agreement all meet at "agr".
        while (stem.Length > 3 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem;
    }
}
