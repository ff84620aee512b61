using System.Globalization;
using System.Text;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>Writes the corpus copy of a Markdown source: its front matter without the builder's <c>n</c> and <c>format</c>.</summary>
internal static class MarkdownFileWriter
{
    public static string Render(SourceDocument document)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Quote(document.Title)}\n");
        text.Append(CultureInfo.InvariantCulture, $"category: {string.Join("; ", document.Categories)}\n");
        text.Append(CultureInfo.InvariantCulture, $"model: {document.Model}\n");
        text.Append(CultureInfo.InvariantCulture, $"type: {document.Type}\n");
        text.Append(CultureInfo.InvariantCulture, $"councils: {Quote(string.Join("; ", document.Councils))}\n");
        text.Append(CultureInfo.InvariantCulture, $"year: {document.Year}\n");
        text.Append(CultureInfo.InvariantCulture, $"powers: {string.Join("; ", document.Powers)}\n");
        text.Append(CultureInfo.InvariantCulture, $"summary: {Quote(document.Summary)}\n");
        text.Append("---\n\n");
        text.Append(document.Body);
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
