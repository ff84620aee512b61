using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>The fixed dates written into generated files instead of "now", so rebuilding gives the same bytes.</summary>
internal static class ReproducibleDates
{
    /// <summary>A date in the document's year, spread over the year by its number so files differ plausibly.</summary>
    public static DateTime For(SourceDocument document) =>
        new(document.Year, 1 + (document.Number % 12), 1 + (document.Number % 28), 9 + (document.Number % 8), 0, 0, DateTimeKind.Utc);

    /// <summary>The same date in PDF form without time zone: <c>yyyyMMddHHmmss</c>.</summary>
    public static string PdfDigits(SourceDocument document) =>
        For(document).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The timestamp stored on every entry of normalised ZIP packages.</summary>
    public static DateTimeOffset ZipEntryTime(SourceDocument document) => new(For(document), TimeSpan.Zero);
}
