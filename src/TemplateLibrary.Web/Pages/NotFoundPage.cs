using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>The page for an unknown document.</summary>
internal static class NotFoundPage
{
    /// <summary>Renders the page, echoing the id encoded.</summary>
    public static string Render(string id)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Not found", "");
        html.Raw("<h1>Document not found</h1><p>No document in the library has the id <code>").Text(id)
            .Raw("</code>. It may have been removed when its file was.</p><p>").Link("/", "Search the library").Raw("</p>");
        return Layout.End(html).ToString();
    }
}
