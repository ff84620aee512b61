namespace TemplateLibrary.Core.Duplicates;

/// <summary>A MinHash sketch of a text's word 5-shingles: equal positions estimate Jaccard similarity.</summary>
public sealed class MinHashSignature
{
    /// <summary>The number of hash functions in a signature.</summary>
    public const int Length = 64;

    /// <summary>Bands for locality-sensitive hashing: 16 bands of 4 rows find pairs above about 0.5.</summary>
    public const int Bands = 16;

    /// <summary>Rows per band.</summary>
    public const int RowsPerBand = Length / Bands;

    internal MinHashSignature(uint[] values, int shingleCount)
    {
        Values = values;
        ShingleCount = shingleCount;
    }

    /// <summary>The minimum hash under each of the <see cref="Length"/> functions.</summary>
    public IReadOnlyList<uint> Values { get; }

    /// <summary>How many distinct shingles the text had; 0 means the text was too short to compare.</summary>
    public int ShingleCount { get; }

    /// <summary>Rebuilds a signature from stored bytes.</summary>
    public static MinHashSignature FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != (Length + 1) * sizeof(uint))
        {
            throw new ArgumentException("not a stored MinHash signature", nameof(bytes));
        }

        var all = new uint[Length + 1];
        Buffer.BlockCopy(bytes, 0, all, 0, bytes.Length);
        return new MinHashSignature(all[1..], (int)all[0]);
    }

    /// <summary>The signature as bytes for storage (shingle count first).</summary>
    public byte[] ToBytes()
    {
        var all = new uint[Length + 1];
        all[0] = (uint)ShingleCount;
        for (var i = 0; i < Length; i++)
        {
            all[i + 1] = Values[i];
        }

        var bytes = new byte[all.Length * sizeof(uint)];
        Buffer.BlockCopy(all, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets, in [0,1].</summary>
    public double EstimateSimilarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ShingleCount == 0 || other.ShingleCount == 0)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                equal++;
            }
        }

        return equal / (double)Length;
    }

    /// <summary>One key per band; documents sharing any key are candidate near-duplicates.</summary>
    public IReadOnlyList<long> BandKeys()
    {
        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = 14695981039346656037UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                hash = (hash ^ Values[(band * RowsPerBand) + row]) * 1099511628211UL;
            }

            // The band number lives in the top bits so equal rows in different bands never collide.
            keys[band] = (long)((hash & 0x0FFF_FFFF_FFFF_FFFFUL) | ((ulong)band << 60));
        }

        return keys;
    }
}
