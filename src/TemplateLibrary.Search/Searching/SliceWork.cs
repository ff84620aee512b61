namespace TemplateLibrary.Search.Searching;

/// <summary>One slice of a sliced match: claimed by exactly one thread, which fills in the rows.</summary>
internal sealed class SliceWork(RowIdSlice slice)
{
    private int claimed;

    /// <summary>The rowids to score.</summary>
    public RowIdSlice Slice { get; } = slice;

    /// <summary>The matches, or null when the slice could not be run where it was claimed.</summary>
    public List<(long RowId, double Score)>? Rows { get; set; }

    /// <summary>Set when a worker thread has finished with the slice.</summary>
    public ManualResetEventSlim Done { get; } = new();

    /// <summary>True for the first thread to ask.</summary>
    public bool TryClaim() => Interlocked.Exchange(ref claimed, 1) == 0;
}
