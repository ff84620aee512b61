using System.Buffers;
using System.Globalization;

namespace TemplateLibrary.Core.Duplicates;

/// <summary>Computes MinHash signatures over lower-cased word 5-shingles.</summary>
public static class MinHasher
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleSize = 5;

    private const ulong Prime = (1UL << 61) - 1;
    private static readonly (ulong A, ulong B)[] Functions = CreateFunctions();

    /// <summary>Signs a text; a text of fewer than five words gets an empty signature that matches nothing.</summary>
    public static MinHashSignature Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var mins = new uint[MinHashSignature.Length];
        Array.Fill(mins, uint.MaxValue);
        if (words.Count < ShingleSize)
        {
            return new MinHashSignature(mins, 0);
        }

        var seen = new HashSet<ulong>();
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var shingle = 14695981039346656037UL;
            for (var w = 0; w < ShingleSize; w++)
            {
                shingle = (shingle ^ words[i + w]) * 1099511628211UL;
            }

            if (!seen.Add(shingle))
            {
                continue;
            }

            var x = shingle % Prime;
            for (var f = 0; f < Functions.Length; f++)
            {
                var value = (uint)(MultiplyAddMod(Functions[f].A, x, Functions[f].B) & uint.MaxValue);
                if (value < mins[f])
                {
                    mins[f] = value;
                }
            }
        }

        return new MinHashSignature(mins, seen.Count);
    }

    /// <summary>Hashes each word (letters and digits, lower-cased) so shingles compare cheaply.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var buffer = ArrayPool<char>.Shared.Rent(64);
        try
        {
            var length = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (length < buffer.Length)
                    {
                        buffer[length++] = char.ToLower(c, CultureInfo.InvariantCulture);
                    }
                }
                else if (length > 0)
                {
                    words.Add(HashWord(buffer.AsSpan(0, length)));
                    length = 0;
                }
            }

            if (length > 0)
            {
                words.Add(HashWord(buffer.AsSpan(0, length)));
            }

            return words;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static ulong HashWord(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>(a·x + b) mod (2^61 − 1) for a, x, b below the prime, by Mersenne folding instead of a 128-bit division.</summary>
    internal static ulong MultiplyAddMod(ulong a, ulong x, ulong b)
    {
        var high = Math.BigMul(a, x, out var low);
        // 2^64 = 2^3 * 2^61 and 2^61 = 1 (mod p): fold the 122-bit product into 61-bit halves and add them.
        var folded = (low & Prime) + ((low >> 61) | (high << 3));
        folded = (folded & Prime) + (folded >> 61);
        if (folded >= Prime)
        {
            folded -= Prime;
        }

        folded += b;
        return folded >= Prime ? folded - Prime : folded;
    }

    private static (ulong, ulong)[] CreateFunctions()
    {
        // Fixed seeds: signatures stored in an index must stay comparable across runs and machines.
        var random = new Random(20_261_122);
        var functions = new (ulong, ulong)[MinHashSignature.Length];
        for (var i = 0; i < functions.Length; i++)
        {
            functions[i] = (((ulong)random.NextInt64(1, long.MaxValue) % (Prime - 1)) + 1, (ulong)random.NextInt64(0, long.MaxValue) % Prime);
        }

        return functions;
    }
}
