using System.Globalization;
using System.IO.Compression;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;

namespace TemplateLibrary.Extraction.Zip;

/// <summary>Checks a ZIP archive's directory for bombs before any part is inflated.</summary>
internal static class ZipSafety
{
    public const int MaxEntries = 10_000;
    private const long RatioCheckFloorBytes = 10L * 1024 * 1024;
    private const long MaxCompressionRatio = 200;

    /// <summary>Throws <see cref="ExtractionException"/> when the declared sizes, ratios or entry count are hostile.</summary>
    public static void Check(ZipArchive archive, ExtractionLimits limits, string formatLabel)
    {
        var entries = archive.Entries;
        if (entries.Count > MaxEntries)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too many files inside the {formatLabel} package: {entries.Count:N0} (limit {MaxEntries:N0})"));
        }

        long total = 0;
        foreach (var entry in entries)
        {
            // Only the XML parts are ever inflated; a large embedded picture is no reason to refuse a document.
            if (IsMarkup(entry.FullName))
            {
                total += entry.Length;
            }

            if (entry.Length > RatioCheckFloorBytes
                && (entry.CompressedLength == 0 || entry.Length / entry.CompressedLength > MaxCompressionRatio))
            {
                throw new ExtractionException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"suspicious {formatLabel}: '{entry.FullName}' expands {Ratio(entry)} times (possible ZIP bomb)"));
            }
        }

        if (total > limits.MaxDecompressedBytes)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too large when decompressed: {Megabytes.Format(total)} MB (limit {Megabytes.Format(limits.MaxDecompressedBytes)} MB)"));
        }
    }

    private static bool IsMarkup(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens an entry for reading through the shared inflate budget.</summary>
    public static Stream OpenBounded(ZipArchiveEntry entry, InflateBudget budget) => new BoundedReadStream(entry.Open(), budget);

    private static string Ratio(ZipArchiveEntry entry) =>
        entry.CompressedLength == 0
            ? "infinitely"
            : (entry.Length / entry.CompressedLength).ToString("N0", CultureInfo.InvariantCulture);
}
