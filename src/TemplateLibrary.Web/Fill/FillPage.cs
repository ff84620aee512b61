using System.Globalization;
using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Fill;

/// <summary>The fill-in page: one input per field, a preview of the filled text, a download of the filled file. No script needed.</summary>
internal static class FillPage
{
    private const int LongFieldChars = 60;

    /// <summary>What the page shows.</summary>
    internal sealed record Model(
        string Id,
        string Title,
        TemplateFields Fields,
        IReadOnlyList<string> Councils,
        IReadOnlyDictionary<string, string> Typed,
        string? Preview,
        string? Error,
        string? TokenField,
        string? Token);

    /// <summary>The address of a document's fill page.</summary>
    public static string Url(string id) => "/documents/" + Uri.EscapeDataString(id) + "/fill";

    public static string Render(Model model)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Fill in: " + model.Title, "document");
        html.Raw("<p class=\"back\">").Link(DocumentPage.Url(model.Id, null), "‹ Back to the document").Raw("</p>")
            .Raw("<h1>Fill in: ").Text(model.Title).Raw("</h1>");
        if (model.Error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><p>").Text(model.Error).Raw("</p></div>");
        }

        if (model.Fields.Fields.Count == 0)
        {
            html.Raw("<p class=\"notice\">This document has no fields to fill: no [bracketed] text, {{fields}}, «fields», blanks, merge fields or content controls.</p>");
            return Layout.End(html).ToString();
        }

        if (model.Fields.CannotFill is not null)
        {
            html.Raw("<p class=\"notice\">").Text(model.Fields.CannotFill).Raw("</p>");
        }

        html.Raw("<p class=\"lead\">").Number(model.Fields.Fields.Count).Raw(" fields. Fields you leave empty stay marked in the file, so you can fill them later.</p>")
            .Raw("<form class=\"fill-form\" method=\"post\" action=\"").Text(Url(model.Id)).Raw("\">")
            .Raw("<input type=\"hidden\" name=\"").Text(model.TokenField).Raw("\" value=\"").Text(model.Token).Raw("\">");
        if (model.Councils.Count > 0)
        {
            html.Raw("<datalist id=\"councils\">");
            foreach (var council in model.Councils)
            {
                html.Raw("<option value=\"").Text(council).Raw("\"></option>");
            }

            html.Raw("</datalist>");
        }

        var index = 0;
        foreach (var field in model.Fields.Fields)
        {
            WriteField(html, field, index++, model.Typed.GetValueOrDefault(field.Name, ""));
        }

        if (model.Fields.CannotFill is null)
        {
            html.Raw("<div class=\"fill-actions\"><button type=\"submit\" name=\"action\" value=\"preview\" class=\"button\">Preview</button> ")
                .Raw("<button type=\"submit\" name=\"action\" value=\"download\" class=\"button primary\">Download the filled ")
                .Text(model.Fields.Format.ToUpperInvariant() == "MARKDOWN" ? "Markdown" : model.Fields.Format.ToUpperInvariant()).Raw("</button></div>");
        }

        html.Raw("</form>");
        if (model.Preview is not null)
        {
            html.Raw("<section class=\"fill-preview\" aria-labelledby=\"preview-heading\"><h2 id=\"preview-heading\">Preview</h2><div class=\"document-text\">");
            foreach (var line in model.Preview.Split('\n'))
            {
                html.Raw("<p>").Text(line).Raw("</p>");
            }

            html.Raw("</div></section>");
        }

        return Layout.End(html).ToString();
    }

    private static void WriteField(HtmlWriter html, TemplateField field, int index, string value)
    {
        var id = "f" + index.ToString(CultureInfo.InvariantCulture);
        var name = FillValues.InputName(field);
        var places = field.Occurrences.Count == 1 ? "1 place" : field.Occurrences.Count.ToString(CultureInfo.InvariantCulture) + " places";
        html.Raw("<div class=\"field\"><label for=\"").Raw(id).Raw("\">").Text(field.Name).Raw("</label>")
            .Raw("<span class=\"hint\" id=\"").Raw(id).Raw("-hint\">").Text(TypeLabel(field.Type) + " · " + places).Raw("</span>");
        if (field.Type == TemplateFieldType.Text && field.Name.Length > LongFieldChars)
        {
            html.Raw("<textarea id=\"").Raw(id).Raw("\" name=\"").Text(name).Raw("\" rows=\"3\" aria-describedby=\"").Raw(id).Raw("-hint\">").Text(value).Raw("</textarea></div>");
            return;
        }

        var attributes = field.Type switch
        {
            TemplateFieldType.Date => "type=\"date\"",
            TemplateFieldType.Council => "type=\"text\" list=\"councils\" autocomplete=\"off\"",
            TemplateFieldType.Person => "type=\"text\" autocomplete=\"name\"",
            TemplateFieldType.Money => "type=\"text\" inputmode=\"decimal\"",
            TemplateFieldType.Number => "type=\"text\" inputmode=\"decimal\"",
            _ => "type=\"text\"",
        };
        html.Raw("<input ").Raw(attributes).Raw(" id=\"").Raw(id).Raw("\" name=\"").Text(name).Raw("\" value=\"").Text(value)
            .Raw("\" aria-describedby=\"").Raw(id).Raw("-hint\"></div>");
    }

    private static string TypeLabel(TemplateFieldType type) => type switch
    {
        TemplateFieldType.Council => "Council",
        TemplateFieldType.Person => "Person",
        TemplateFieldType.Date => "Date",
        TemplateFieldType.Money => "Amount of money",
        TemplateFieldType.Number => "Number",
        _ => "Text",
    };
}
