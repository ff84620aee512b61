using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class RowIdSliceTests
{
    [Fact]
    public void Split_GappedRowIds_CoversEachOnceInBalancedAscendingRanges()
    {
        long[] rowIds = [1, 2, 5, 9, 10, 11, 40, 41, 42, 100];

        var slices = RowIdSlice.Split(rowIds, 3);

        slices.Should().HaveCount(3);
        foreach (var rowId in rowIds)
        {
            slices.Count(s => rowId >= s.From && rowId <= s.To).Should().Be(1, $"rowid {rowId} belongs to exactly one slice");
        }

        slices.Select(s => rowIds.Count(r => r >= s.From && r <= s.To)).Should().OnlyContain(n => n == 3 || n == 4);
        slices.Zip(slices.Skip(1)).Should().OnlyContain(pair => pair.First.To + 1 == pair.Second.From);
        slices[0].From.Should().Be(long.MinValue, "a row added after the snapshot still falls in a slice");
        slices[^1].To.Should().Be(long.MaxValue);
    }

    [Fact]
    public void Split_MoreSlicesThanRows_GivesOneSlicePerRow()
    {
        RowIdSlice.Split([7, 8], 4).Should().HaveCount(2);
        RowIdSlice.Split([], 4).Should().BeEmpty();
    }
}
