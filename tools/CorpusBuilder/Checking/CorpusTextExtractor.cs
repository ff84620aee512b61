using System.IO.Compression;
using System.Net;
using TemplateLibrary.Core.Documents;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using TemplateLibrary.Tools.CorpusBuilder.Conversion;
using TemplateLibrary.Tools.CorpusBuilder.Rendering;

namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>Gets the text of a generated file the way a reader would see it (PDFs through pdftotext), proving it opens.</summary>
internal static partial class CorpusTextExtractor
{
    public static async Task<string> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" => Markdown.ToPlainText(FrontMatterReader.Read(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Body, MarkdownPipelineFactory.Pipeline),
            ".html" => FromHtml(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)),
            ".docx" => FromDocx(path),
            ".odt" => FromOdt(path),
            ".pdf" => await ProcessRunner.RunForOutputAsync("pdftotext", ["-enc", "UTF-8", path, "-"], TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false),
            var other => throw new InvalidOperationException($"{path}: no text extractor for '{other}'"),
        };
    }

    private static string FromHtml(string html)
    {
        // Only the article is the document; navigation, sidebar, footer and script are page furniture.
        var start = html.IndexOf("<article>", StringComparison.Ordinal);
        var end = html.IndexOf("</article>", StringComparison.Ordinal);
        var article = start >= 0 && end > start ? html[start..end] : NonContent().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(article, " "));
    }

    private static string FromDocx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException($"{path}: DOCX has no document body");
        return string.Join('\n', body.Descendants<Paragraph>().Select(ParagraphText));
    }

    // InnerText would glue the words either side of a line break or tab together.
    private static string ParagraphText(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text text => text.Text,
        Break or CarriageReturn => "\n",
        TabChar => "\t",
        _ => string.Empty,
    }));

    private static string FromOdt(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry("content.xml") ?? throw new InvalidDataException($"{path}: ODT has no content.xml");
        using var reader = new StreamReader(entry.Open());
        var xml = reader.ReadToEnd();
        xml = xml.Replace("</text:p>", "\n", StringComparison.Ordinal).Replace("</text:h>", "\n", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(Tag().Replace(xml, " "));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style|nav|header|footer|aside)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex NonContent();
}
