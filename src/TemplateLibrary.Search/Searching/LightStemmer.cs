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
        var buffer = new char[word.Length];
        return new string(buffer, 0, Stem(word, buffer));
    }

    /// <summary>Writes the stem of <paramref name="word"/> to <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = word.Length;
        var endsInY = false;
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                endsInY = suffix is "ies" or "ied";
                length = word.Length - suffix.Length + (endsInY ? 1 : 0);
                break;
            }
        }

        word[..(endsInY ? length - 1 : length)].CopyTo(destination);
        if (endsInY)
        {
            destination[length - 1] = 'y';
        }

        // Trailing e's go too, so agree, agreed, agrees and agreement all meet at "agr".
        while (length > 3 && destination[length - 1] == 'e')
        {
            length--;
        }

        return length;
    }
}
