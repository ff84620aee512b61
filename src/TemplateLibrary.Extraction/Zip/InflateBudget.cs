using System.Globalization;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Zip;

/// <summary>Counts the bytes actually inflated from one file's archive and stops past the limit.</summary>
internal sealed class InflateBudget
{
    private readonly long limit;
    private long used;

    public InflateBudget(long limit)
    {
        this.limit = limit;
    }

    public void Consume(int bytes)
    {
        used += bytes;
        if (used > limit)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too large when decompressed: over {Megabytes.Format(limit)} MB (possible ZIP bomb)"));
        }
    }
}
