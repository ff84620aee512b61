namespace TemplateLibrary.Core.Tagging;

/// <summary>The lower-case words of a text, for checking a cue's anchor before running its pattern.</summary>
internal static class ZoneWords
{
    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>How many words (runs of letters and digits) a text has, counting no further than <paramref name="limit"/>.</summary>
    public static int Count(string text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++count >= limit)
            {
                return count;
            }

            inWord = letter;
        }

        return count;
    }
}
