using System.Globalization;

namespace TemplateLibrary.Extraction.Zip;

/// <summary>Formats byte counts as whole or one-decimal megabytes for messages.</summary>
internal static class Megabytes
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static string Format(long bytes)
    {
        var megabytes = bytes / BytesPerMegabyte;
        return megabytes >= 10 || megabytes == Math.Floor(megabytes)
            ? Math.Round(megabytes).ToString("0", CultureInfo.InvariantCulture)
            : megabytes.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
