using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>The page a browser sees for an unknown address or a failure, in the site's frame.</summary>
internal static class ErrorPage
{
    /// <summary>Renders the page for a status code.</summary>
    public static string Render(int status)
    {
        var (title, text) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address. Check the address, or search the library."),
            StatusCodes.Status405MethodNotAllowed => ("Not allowed", "This address does not accept that kind of request."),
            >= 500 => ("Something went wrong", "The server could not answer this request. It has been logged; please try again."),
            _ => ("Request not accepted", "The server could not accept this request."),
        };
        var html = new HtmlWriter();
        Layout.Begin(html, title, "");
        html.Raw("<h1>").Text(title).Raw("</h1><p>").Text(text).Raw("</p><p class=\"muted\">Status ").Number(status).Raw("</p><p>")
            .Link("/", "Search the library").Raw("</p>");
        return Layout.End(html).ToString();
    }
}
