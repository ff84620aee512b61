namespace TemplateLibrary.Web.Upload;

/// <summary>Checks that a file's first bytes agree with its extension, so a renamed binary is refused.</summary>
internal static class ContentSniffer
{
    /// <summary>The extensions the library ingests.</summary>
    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".odt", ".pdf", ".md", ".markdown", ".txt", ".html", ".htm",
    };

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    /// <summary>Null when the content fits the extension; otherwise the reason it does not.</summary>
    public static string? Problem(string extension, ReadOnlySpan<byte> head)
    {
        if (!Allowed.Contains(extension))
        {
            return $"files of type '{extension}' are not accepted (allowed: {string.Join(", ", Allowed.Order(StringComparer.Ordinal))})";
        }

        if (head.Length == 0)
        {
            return "the file is empty";
        }

        return extension.ToLowerInvariant() switch
        {
            ".docx" or ".odt" => head.StartsWith(Zip) ? null : "the file is not a ZIP package, so it is not a real " + extension + " file",
            ".pdf" => head.IndexOf(Pdf) is >= 0 and < 1024 ? null : "the file does not start like a PDF",
            _ => head.StartsWith(Zip) || head.StartsWith(Pdf) || head.Contains((byte)0) ? "the file is binary, not text" : null,
        };
    }
}
