namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// The lower-case words of a text and where each occurrence starts: a cue whose anchor is missing is skipped, and a
/// literal cue is only tried where its first word starts.
/// </summary>
internal static class ZoneWords
{
    public static Dictionary<string, List<int>> Of(string text)
    {
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
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
                var word = text.AsSpan(start, i - start);
                var key = word.Length <= lower.Length ? lower[..word.Length] : new char[word.Length];
                word.ToLowerInvariant(key);
                if (!lookup.TryGetValue(key, out var starts))
                {
                    starts = [];
                    lookup[key] = starts;
                }

                starts.Add(start);
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
