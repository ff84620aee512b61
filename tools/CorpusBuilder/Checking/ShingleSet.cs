using System.Text.RegularExpressions;

namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>The words of a text and the hashed set of its word 5-shingles, for Jaccard similarity.</summary>
internal sealed partial class ShingleSet
{
    private const int ShingleSize = 5;
    private readonly HashSet<ulong> hashes;

    public ShingleSet(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        WordCount = words.Length;
        hashes = [];
        for (var i = 0; i + ShingleSize <= words.Length; i++)
        {
            hashes.Add(Hash(words.AsSpan(i, ShingleSize)));
        }
    }

    public int WordCount { get; }

    /// <summary>|A ∩ B| / |A ∪ B| of the two shingle sets.</summary>
    public double Jaccard(ShingleSet other)
    {
        var (small, large) = hashes.Count <= other.hashes.Count ? (hashes, other.hashes) : (other.hashes, hashes);
        if (large.Count == 0)
        {
            return 0;
        }

        var common = small.Count(large.Contains);
        return (double)common / (small.Count + large.Count - common);
    }

    private static ulong Hash(ReadOnlySpan<string> words)
    {
        // FNV-1a over the words with a separator; stable across runs, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
