namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>Maps the front-matter <c>format</c> ids to <see cref="OutputFormat"/> and file extensions.</summary>
internal static class OutputFormats
{
    private static readonly Dictionary<string, OutputFormat> ById = new(StringComparer.Ordinal)
    {
        ["docx-lo"] = OutputFormat.DocxLibreOffice,
        ["docx-openxml"] = OutputFormat.DocxOpenXml,
        ["pdf-lo"] = OutputFormat.PdfLibreOffice,
        ["pdf-chromium"] = OutputFormat.PdfChromium,
        ["pdf-chromium-2col"] = OutputFormat.PdfChromiumTwoColumn,
        ["pdf-gs"] = OutputFormat.PdfGhostscript,
        ["md"] = OutputFormat.Markdown,
        ["odt"] = OutputFormat.Odt,
        ["html"] = OutputFormat.Html,
    };

    public static IEnumerable<string> Ids => ById.Keys;

    public static bool TryParse(string id, out OutputFormat format) => ById.TryGetValue(id, out format);

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.DocxLibreOffice or OutputFormat.DocxOpenXml => "docx",
        OutputFormat.PdfLibreOffice or OutputFormat.PdfChromium or OutputFormat.PdfChromiumTwoColumn or OutputFormat.PdfGhostscript => "pdf",
        OutputFormat.Markdown => "md",
        OutputFormat.Odt => "odt",
        OutputFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };
}
