namespace TemplateLibrary.Extraction.Tests.Pdf;

/// <summary>Ready-made one-page documents over <see cref="TestPdfBuilder"/>.</summary>
internal static class TestPdfs
{
    public const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    /// <summary>A builder holding one page with the given content and fonts (name to dictionary); returns the catalog number.</summary>
    public static (TestPdfBuilder Builder, int Root) OnePage(string content, IReadOnlyDictionary<string, string>? fonts = null, bool compress = true, string extraResources = "")
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var fontEntries = string.Join(" ", (fonts ?? new Dictionary<string, string> { ["F1"] = Helvetica })
            .Select(pair => $"/{pair.Key} {builder.Add(pair.Value)} 0 R"));
        var contents = compress ? builder.AddFlateStream(string.Empty, content) : builder.AddStream(string.Empty, content);
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << {fontEntries} >> {extraResources} >> /Contents {contents} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return (builder, catalog);
    }

    public static byte[] Simple(string content, IReadOnlyDictionary<string, string>? fonts = null)
    {
        var (builder, root) = OnePage(content, fonts);
        return builder.Build(root);
    }
}
