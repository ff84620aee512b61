namespace TemplateLibrary.Search.Searching;

/// <summary>A range of rowids, both ends included.</summary>
internal readonly record struct RowIdSlice(long From, long To)
{
    /// <summary>Cuts the ascending rowids into at most <paramref name="count"/> ranges holding about as many documents each.</summary>
    public static List<RowIdSlice> Split(long[] sortedRowIds, int count)
    {
        var slices = new List<RowIdSlice>(count);
        if (sortedRowIds.Length == 0)
        {
            return slices;
        }

        count = Math.Clamp(count, 1, sortedRowIds.Length);
        var from = long.MinValue;
        for (var i = 1; i < count; i++)
        {
            var last = sortedRowIds[(int)((long)sortedRowIds.Length * i / count) - 1];
            slices.Add(new RowIdSlice(from, last));
            from = last + 1;
        }

        slices.Add(new RowIdSlice(from, long.MaxValue));
        return slices;
    }
}
