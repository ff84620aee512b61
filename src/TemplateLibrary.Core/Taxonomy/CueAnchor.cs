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

    private static bool IsLoose(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2013';
}
