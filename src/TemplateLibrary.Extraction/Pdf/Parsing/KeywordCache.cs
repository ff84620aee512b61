using System.Text;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Shares the strings of keywords and operators, which repeat in every content stream.</summary>
internal static class KeywordCache
{
    [ThreadStatic]
    private static Dictionary<string, string>? cache;

    public static string Get(ReadOnlySpan<byte> raw)
    {
        cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (raw.Length > 16)
        {
            return Encoding.Latin1.GetString(raw);
        }

        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            chars[i] = (char)raw[i];
        }

        if (lookup.TryGetValue(chars, out var keyword))
        {
            return keyword;
        }

        keyword = new string(chars);
        if (cache.Count < 1024)
        {
            cache[keyword] = keyword;
        }

        return keyword;
    }
}
