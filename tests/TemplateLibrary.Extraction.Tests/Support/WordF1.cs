namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Word-level F1 over multisets of lower-cased whitespace-separated words, outer punctuation stripped (as tools/PdfBench does); one definition for every format.</summary>
internal static class WordF1
{
    public static double Score(string actual, string expected)
    {
        var a = Words(actual);
        var e = Words(expected);
        var totalA = a.Values.Sum();
        var totalE = e.Values.Sum();
        if (totalA == 0 || totalE == 0)
        {
            return totalA == totalE ? 1 : 0;
        }

        var common = a.Sum(pair => Math.Min(pair.Value, e.GetValueOrDefault(pair.Key)));
        var precision = (double)common / totalA;
        var recall = (double)common / totalE;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant().Trim().AsSpan();
            while (word.Length > 0 && (char.IsPunctuation(word[0]) || char.IsSymbol(word[0])))
            {
                word = word[1..];
            }

            while (word.Length > 0 && (char.IsPunctuation(word[^1]) || char.IsSymbol(word[^1])))
            {
                word = word[..^1];
            }

            if (word.Length > 0)
            {
                var key = word.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }
}
