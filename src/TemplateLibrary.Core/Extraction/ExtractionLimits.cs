namespace TemplateLibrary.Core.Extraction;

/// <summary>Bounds that keep a hostile or broken file from exhausting time or memory.</summary>
public sealed record ExtractionLimits
{
    /// <summary>The defaults: 100 MB files, 256 MB decompressed, 30 seconds a file.</summary>
    public static ExtractionLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>The most bytes any decompression (ZIP part, PDF stream) may produce in one file.</summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The deepest nesting of objects, elements or forms that is followed.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>The longest extracted text kept, in characters.</summary>
    public int MaxTextChars { get; init; } = 20_000_000;

    /// <summary>The time one file may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
