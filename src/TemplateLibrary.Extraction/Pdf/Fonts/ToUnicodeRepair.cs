namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>Repairs ToUnicode destinations that a known writer mangles, so ligature glyphs read as their letters.</summary>
internal static class ToUnicodeRepair
{
    private static readonly HashSet<string> Ligatures = new(StringComparer.Ordinal) { "ff", "fi", "fl", "ffi", "ffl", "ft", "fj", "st" };

    /// <summary>
    /// The letters of a ligature destination written as byte-swapped UTF-16, as Ghostscript 10 does when it re-distills
    /// a PDF: "fi" comes out as &lt;66006900&gt; (U+6600 U+6900), and "ffi" as &lt;6600cf00&gt;, its last two letters summed
    /// into one byte (0x66 + 0x69). Null when the bytes are anything else, so real text in those ranges is left alone.
    /// </summary>
    public static string? SwappedLigature(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var letters = new System.Text.StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i += 2)
        {
            var high = bytes[i];
            if (bytes[i + 1] != 0)
            {
                return null;
            }

            if (high is >= (byte)'a' and <= (byte)'z')
            {
                letters.Append((char)high);
            }
            else if (high == 'f' + 'i' || high == 'f' + 'l')
            {
                letters.Append('f').Append((char)(high - 'f'));
            }
            else
            {
                return null;
            }
        }

        var text = letters.ToString();
        return Ligatures.Contains(text) ? text : null;
    }
}
