using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>One arrangement's page: its partners, vehicle, service, status, savings and documents, and for a signed-in
/// librarian the forms that correct it or merge another into it.</summary>
internal static class ArrangementPage
{
    /// <summary>The page for an id no arrangement has.</summary>
    public static string RenderMissing(string id)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Not found", "partnerships");
        html.Raw("<h1>Arrangement not found</h1><p>No arrangement has the id <code>").Text(id)
            .Raw("</code>: it may have been merged into another.</p><p>").Link(PartnershipParameters.Path, "See every partnership").Raw("</p>");
        return Layout.End(html).ToString();
    }

    /// <summary>Renders the page; <paramref name="tools"/> writes the librarian's forms, null for readers.</summary>
    public static string Render(Partnership partnership, Action<HtmlWriter>? tools)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var html = new HtmlWriter();
        Layout.Begin(html, partnership.Name, "partnerships");
        html.Raw("<p>").Link(PartnershipParameters.Path, "All partnerships").Raw("</p>");
        ArrangementWriter.Write(html, partnership, "h1");
        tools?.Invoke(html);
        return Layout.End(html).ToString();
    }
}
