namespace TemplateLibrary.Extraction.Common;

/// <summary>Tells text from binary data by the share of control bytes in the head of a file.</summary>
internal static class BinaryContent
{
    public const int SampleBytes = 8192;

    /// <summary>True when more than 3 % of the first 8 KB are NULs or control bytes no text uses.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (TextDecoding.DetectBom(head).Encoding is not null)
        {
            return false;
        }

        var sample = head.Length > SampleBytes ? head[..SampleBytes] : head;
        if (sample.IsEmpty)
        {
            return false;
        }

        var suspicious = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B) || b == 0x7F)
            {
                suspicious++;
            }
        }

        return suspicious * 100 > sample.Length * 3;
    }
}
