using System.Text;
using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Shares name objects for the names that recur in every file, to avoid an allocation per name.</summary>
internal static class NameCache
{
    [ThreadStatic]
    private static Dictionary<string, PdfName>? cache;

    public static PdfName Get(ReadOnlySpan<byte> raw)
    {
        cache ??= new Dictionary<string, PdfName>(StringComparer.Ordinal);
        if (raw.Length > 32)
        {
            return new PdfName(Encoding.Latin1.GetString(raw));
        }

        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            chars[i] = (char)raw[i];
        }

        if (lookup.TryGetValue(chars, out var name))
        {
            return name;
        }

        name = new PdfName(new string(chars));
        if (cache.Count < 4096)
        {
            cache[name.Value] = name;
        }

        return name;
    }
}
