using TemplateLibrary.Core.Duplicates;

namespace TemplateLibrary.Core.Tests.Duplicates;

public sealed class MinHasherTests
{
    private const string Agreement =
        "This agreement is made between Northmere District Council and Eastwold District Council. The councils agree " +
        "that the lead authority will provide a shared internal audit service to the partner council under section 101 " +
        "of the Local Government Act 1972. Staff will be placed at the disposal of the lead authority under section 113. " +
        "The partner council will pay an annual charge calculated in accordance with schedule two, reviewed each year by " +
        "the joint board, and either council may end the agreement on twelve months notice given in writing.";

    [Fact]
    public void Sign_SameTextDifferentLayout_IsIdentical()
    {
        var a = MinHasher.Sign(Agreement);
        var b = MinHasher.Sign(Agreement.ToUpperInvariant().Replace(" ", "\n  ", StringComparison.Ordinal));

        a.EstimateSimilarity(b).Should().Be(1.0);
    }

    [Fact]
    public void Sign_LightlyEditedVersion_IsSimilarAndSharesABand()
    {
        var edited = Agreement.Replace("twelve months", "six months", StringComparison.Ordinal)
            .Replace("each year", "every second year", StringComparison.Ordinal);

        var a = MinHasher.Sign(Agreement);
        var b = MinHasher.Sign(edited);

        a.EstimateSimilarity(b).Should().BeGreaterThan(0.5);
        a.BandKeys().Intersect(b.BandKeys()).Should().NotBeEmpty();
    }

    [Fact]
    public void Sign_UnrelatedTexts_AreDissimilar()
    {
        const string other = "The joint waste committee meets four times a year. Its quorum is three members, one from " +
            "each council, and it oversees the collection contract, recycling performance and the depot lease.";

        MinHasher.Sign(Agreement).EstimateSimilarity(MinHasher.Sign(other)).Should().BeLessThan(0.2);
    }

    [Fact]
    public void Sign_FewerThanFiveWords_MatchesNothing()
    {
        var tiny = MinHasher.Sign("too short");

        tiny.ShingleCount.Should().Be(0);
        tiny.EstimateSimilarity(MinHasher.Sign("too short")).Should().Be(0);
    }

    [Fact]
    public void MultiplyAddMod_RandomOperands_MatchesTheDivisionItReplaces()
    {
        const ulong Prime = (1UL << 61) - 1;
        var random = new Random(61);
        ulong[] edges = [0, 1, 2, Prime - 2, Prime - 1];
        var cases = edges.SelectMany(a => edges.SelectMany(x => edges.Select(b => (a, x, b))))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => ((ulong)random.NextInt64() % Prime, (ulong)random.NextInt64() % Prime, (ulong)random.NextInt64() % Prime)));

        foreach (var (a, x, b) in cases)
        {
            MinHasher.MultiplyAddMod(a, x, b).Should().Be((ulong)((((UInt128)a * x) + b) % Prime), $"a={a} x={x} b={b}");
        }
    }

    [Fact]
    public void ToBytes_RoundTrips()
    {
        var signature = MinHasher.Sign(Agreement);

        var copy = MinHashSignature.FromBytes(signature.ToBytes());

        copy.Values.Should().Equal(signature.Values);
        copy.ShingleCount.Should().Be(signature.ShingleCount);
    }
}
