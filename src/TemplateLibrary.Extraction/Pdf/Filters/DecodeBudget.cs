namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>The decompressed bytes a document may still produce; shared by every stream of one file.</summary>
internal sealed class DecodeBudget(long maxBytes)
{
    public long Remaining { get; private set; } = maxBytes;

    public bool Exhausted { get; private set; }

    /// <summary>Takes up to <paramref name="wanted"/> bytes and returns how many were granted.</summary>
    public int Take(int wanted)
    {
        if (wanted <= Remaining)
        {
            Remaining -= wanted;
            return wanted;
        }

        var granted = (int)Math.Max(0, Remaining);
        Remaining = 0;
        Exhausted = true;
        return granted;
    }
}
