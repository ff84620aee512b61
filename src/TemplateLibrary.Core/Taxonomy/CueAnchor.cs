namespace TemplateLibrary.Core.Taxonomy;

/// <summary>Finds the word a literal cue cannot match without, to skip cues whose word a text lacks.</summary>
internal static class CueAnchor
{
    /// <summary>The longest word of the phrase that matches only as itself; null when there is none.</summary>
    public static string? Of(string phrase)
    {
        string? best = null;
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i < phrase.Length && char.IsLetterOrDigit(phrase[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                // Hyphens and apostrophes match loosely ("co-operation" matches "cooperation"): a word beside one is not certain.
                var loose = IsLoose(start > 0 ? phrase[start - 1] : ' ') || IsLoose(i < phrase.Length ? phrase[i] : ' ');
                if (!loose && (best is null || i - start > best.Length))
                {
                    best = phrase[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }

        return best;
    }

    /// <summary>
    /// The phrase's first word, lower case, when every match must start with exactly that word: the phrase starts with a
    /// letter or digit (so a match starts where a word does) and the word ends at a space, punctuation or the end (a
    /// hyphen matches loosely, "co-operation" matching "cooperation", so a word before one may run on).
    /// </summary>
    public static string? FirstWord(string phrase)
    {
        var trimmed = phrase.Trim();
        if (trimmed.Length == 0 || !char.IsLetterOrDigit(trimmed[0]))
        {
            return null;
        }

        var end = 0;
        while (end < trimmed.Length && char.IsLetterOrDigit(trimmed[end]))
        {
            end++;
        }

        return end < trimmed.Length && trimmed[end] == '-' ? null : trimmed[..end].ToLowerInvariant();
    }

    private static bool IsLoose(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2013';
}
