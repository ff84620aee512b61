using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Export;

/// <summary>The search page's export links: this result set as CSV, JSON or a ZIP of its files, and the whole library's metadata.</summary>
internal static class ExportLinks
{
    /// <summary>Writes the links for a search that found <paramref name="total"/> documents.</summary>
    public static void Write(HtmlWriter html, SearchRequest search, int total)
    {
        html.Raw("<nav class=\"export\" aria-label=\"Export\"><p>");
        if (total == 1)
        {
            html.Raw("Export this result: ");
        }
        else
        {
            html.Raw("Export all ").Number(total).Raw(" results: ");
        }

        html.Link(ExportEndpoints.UrlFor(search, ExportFormat.Csv), "spreadsheet (CSV)", "export-csv").Raw(" · ")
            .Link(ExportEndpoints.UrlFor(search, ExportFormat.Json), "JSON", "export-json").Raw(" · ")
            .Link(ExportEndpoints.UrlFor(search, ExportFormat.Zip), "original files with a manifest (ZIP)", "export-zip")
            .Raw("</p><p>The whole library's metadata: ");
        var library = new SearchRequest { AllVersions = true };
        html.Link(ExportEndpoints.UrlFor(library, ExportFormat.Csv), "CSV", "export-library-csv").Raw(" · ")
            .Link(ExportEndpoints.UrlFor(library, ExportFormat.Json), "JSON", "export-library-json").Raw("</p></nav>");
    }
}
