using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Upload;

/// <summary>The librarian's upload form (taxonomy values as drop-downs) and its per-file report.</summary>
internal static class UploadPage
{
    private static readonly (string Name, string Label, string Hint)[] TextFields =
    [
        ("title", "Title", "Used for every file in this upload; leave empty to use each file's own"),
        ("councils", "Councils", "Full names separated by ;"),
        ("partners", "Partner bodies", "Police, health and other partners, separated by ;"),
        ("partners", "Partner bodies", "NHS, police, fire, combined authorities, parish councils: full names separated by ;"),
        ("year", "Year", "Four digits"),
        ("summary", "Summary", "One paragraph"),
    ];

    /// <summary>Renders the form, with the report of the last upload when there is one.</summary>
    public static string Render(Taxonomy taxonomy, string tokenField, string? token, UploadOutcome? outcome, string? error)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Add documents", "upload");
        html.Raw("<h1>Add documents</h1>");

        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><p>").Text(error).Raw("</p></div>");
        }

        if (outcome is not null)
        {
            WriteReport(html, outcome);
        }

        // The token comes first, so the server can check it before it has read the files that follow.
        html.Raw("<p class=\"lead\">Files are checked, kept in the uploads folder and ingested like any other: text extracted, tagged and indexed.</p>")
            .Raw("<form class=\"upload-form\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">")
            .Raw("<input type=\"hidden\" name=\"").Text(tokenField).Raw("\" value=\"").Text(token).Raw("\">")
            .Raw("<div class=\"field\"><label for=\"files\">Files</label><span class=\"hint\" id=\"files-hint\">DOCX, PDF, ODT, Markdown, HTML or text</span>")
            .Raw("<input type=\"file\" id=\"files\" name=\"files\" multiple required aria-describedby=\"files-hint\" accept=\".docx,.pdf,.odt,.md,.markdown,.txt,.html,.htm\"></div>")
            .Raw("<fieldset class=\"metadata-fields\"><legend>Metadata (optional)</legend>");
        TextField(html, TextFields[0]);
        Select(html, "category", "Service category", "Choose one or more (Ctrl or ⌘ to add); the first is the primary", taxonomy.Terms(FacetNames.Category).Select(t => (t.Id, t.Label)), multiple: true);
        Select(html, "model", "Delivery model", "How the service is shared", taxonomy.Terms(FacetNames.Model).Select(t => (t.Id, t.Label)), multiple: false);
        Select(html, "type", "Document type", "What kind of document it is", taxonomy.Terms(FacetNames.Type).Select(t => (t.Id, t.Label)), multiple: false);
        Select(html, "powers", "Statutory powers", "Choose one or more (Ctrl or ⌘ to add)", taxonomy.Powers.Select(p => (p.Id, p.Label)), multiple: true);
        foreach (var field in TextFields.Skip(1))
        {
            TextField(html, field);
        }

        html.Raw("</fieldset><button type=\"submit\" class=\"button primary\">Upload and ingest</button></form>");
        return Layout.End(html).ToString();
    }

    private static void TextField(HtmlWriter html, (string Name, string Label, string Hint) field)
    {
        var (name, label, hint) = field;
        html.Raw("<div class=\"field\"><label for=\"m-").Raw(name).Raw("\">").Text(label).Raw("</label><span class=\"hint\" id=\"m-").Raw(name).Raw("-hint\">").Text(hint)
            .Raw("</span><input type=\"text\" id=\"m-").Raw(name).Raw("\" name=\"").Raw(name).Raw("\" aria-describedby=\"m-").Raw(name).Raw("-hint\"></div>");
    }

    private static void Select(HtmlWriter html, string name, string label, string hint, IEnumerable<(string Id, string Label)> options, bool multiple) =>
        html.Select("m-" + name, name, label, hint, options, multiple: multiple, noneText: "(none)");

    private static void WriteReport(HtmlWriter html, UploadOutcome outcome)
    {
        html.Raw("<section class=\"report\" aria-labelledby=\"report-heading\"><h2 id=\"report-heading\">Upload report</h2><p role=\"status\">")
            .Number(outcome.Count("added")).Raw(" added, ").Number(outcome.Count("updated")).Raw(" updated, ")
            .Number(outcome.Count("unchanged", "duplicate", "moved")).Raw(" already in the library, ").Number(outcome.Count("failed")).Raw(" failed.</p>")
            .Raw("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Result</th><th scope=\"col\">Details</th></tr></thead><tbody>");
        foreach (var file in outcome.Files)
        {
            html.Raw("<tr><td>").Text(file.File).Raw("</td><td>").Text(file.Status).Raw("</td><td>");
            if (file.Id is not null && file.Status != "failed")
            {
                html.Link(DocumentPage.Url(file.Id, null), "Open");
            }
            else
            {
                html.Text(file.Reason);
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div></section>");
    }
}
