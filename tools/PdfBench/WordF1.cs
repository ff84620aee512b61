namespace PdfBench;

/// <summary>
/// Word-level F1 over multisets of lower-cased whitespace-separated words. Punctuation at either end of a
/// word is stripped (inner punctuation such as "don't" or "e-mail" stays); words that are only punctuation are dropped.
/// </summary>
internal static class WordF1
{
    public const string Rule = "words = lower-cased whitespace-separated tokens, leading/trailing punctuation stripped, punctuation-only tokens dropped";

    public static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim().ToLowerInvariant();
            var start = 0;
            var end = word.Length;
            while (start < end && char.IsPunctuation(word[start]) || start < end && char.IsSymbol(word[start]))
            {
                start++;
            }

            while (end > start && (char.IsPunctuation(word[end - 1]) || char.IsSymbol(word[end - 1])))
            {
                end--;
            }

            if (end <= start)
            {
                continue;
            }

            var key = word[start..end];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    public static double Score(string actual, string expected) => Score(Words(actual), Words(expected));

    public static double Score(Dictionary<string, int> actual, Dictionary<string, int> expected)
    {
        var actualTotal = actual.Values.Sum();
        var expectedTotal = expected.Values.Sum();
        if (actualTotal == 0 && expectedTotal == 0)
        {
            return 1;
        }

        if (actualTotal == 0 || expectedTotal == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var (word, count) in actual)
        {
            common += Math.Min(count, expected.GetValueOrDefault(word));
        }

        var precision = (double)common / actualTotal;
        var recall = (double)common / expectedTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
