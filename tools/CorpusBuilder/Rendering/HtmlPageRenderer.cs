using System.Globalization;
using System.Net;
using System.Text;
using Markdig;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>Renders a source's Markdown into a complete HTML page for a converter or for the corpus.</summary>
internal static class HtmlPageRenderer
{
    /// <summary>Returns the full page for <paramref name="document"/> in the given layout.</summary>
    public static string Render(SourceDocument document, PageLayout layout)
    {
        var body = Markdown.ToHtml(document.Body, MarkdownPipelineFactory.Pipeline);
        if (layout == PageLayout.OfficeImport)
        {
            // LibreOffice's HTML import ignores most table CSS but honours the old attributes.
            body = body.Replace("<table>", "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">", StringComparison.Ordinal);
        }

        string[] css = layout switch
        {
            PageLayout.OfficeImport => [Stylesheets.Document, Stylesheets.OfficeImport],
            PageLayout.Print => [Stylesheets.Document, Stylesheets.Print],
            PageLayout.PrintTwoColumn => [Stylesheets.Document, Stylesheets.Print, Stylesheets.TwoColumn],
            _ => new[] { Stylesheets.Document, Stylesheets.WebPage },
        };

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(document.Title)}</title>\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"author\" content=\"{Encode(Author(document))}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"description\" content=\"{Encode(document.Summary)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"keywords\" content=\"{Encode(Keywords(document))}\">\n");
        if (layout == PageLayout.WebPage)
        {
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        }

        html.Append("<style>\n").AppendJoin('\n', css).Append("\n</style>\n</head>\n<body>\n");
        switch (layout)
        {
            case PageLayout.WebPage:
                WebPageChrome.Append(html, document, body);
                break;
            case PageLayout.PrintTwoColumn:
                AppendTwoColumn(html, body);
                break;
            default:
                html.Append(body);
                break;
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The author recorded in document properties: the first council named, or the partnership.</summary>
    public static string Author(SourceDocument document) =>
        document.Councils.Count > 0 ? document.Councils[0] : "Shared Services Partnership";

    /// <summary>The keywords recorded in document properties: the taxonomy ids.</summary>
    public static string Keywords(SourceDocument document) =>
        string.Join("; ", document.Categories.Append(document.Model).Append(document.Type));

    private static void AppendTwoColumn(StringBuilder html, string body)
    {
        // The title spans the page; everything after it flows in two columns.
        var headingEnd = body.IndexOf("</h1>", StringComparison.Ordinal);
        if (headingEnd < 0)
        {
            html.Append("<div class=\"columns\">\n").Append(body).Append("</div>\n");
            return;
        }

        headingEnd += "</h1>".Length;
        html.Append(body.AsSpan(0, headingEnd)).Append("\n<div class=\"columns\">\n").Append(body.AsSpan(headingEnd)).Append("</div>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
