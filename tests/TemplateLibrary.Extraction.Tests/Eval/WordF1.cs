using System.Text;

namespace TemplateLibrary.Extraction.Tests.Eval;

/// <summary>Multiset word F1 between an extracted text and a reference, lower-cased, words are letter/digit runs.</summary>
internal static class WordF1
{
    public static double Score(string extracted, string reference)
    {
        var got = Count(extracted);
        var want = Count(reference);
        var gotTotal = got.Values.Sum();
        var wantTotal = want.Values.Sum();
        if (gotTotal == 0 && wantTotal == 0)
        {
            return 1.0;
        }

        if (gotTotal == 0 || wantTotal == 0)
        {
            return 0.0;
        }

        var overlap = got.Sum(pair => Math.Min(pair.Value, want.GetValueOrDefault(pair.Key)));
        var precision = (double)overlap / gotTotal;
        var recall = (double)overlap / wantTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                var key = word.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
                word.Clear();
            }
        }

        return counts;
    }
}
