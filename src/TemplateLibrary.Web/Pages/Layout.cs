using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>The frame every page shares: head, skip link, header, main landmark, footer.</summary>
internal static class Layout
{
    /// <summary>Writes the page top up to the opening of &lt;main&gt;.</summary>
    public static HtmlWriter Begin(HtmlWriter html, string title, string current)
    {
        html.Raw("<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · Template Library</title>")
            .Raw("<link rel=\"stylesheet\" href=\"/static/site.css\">")
            // No favicon: an empty data icon stops browsers asking for /favicon.ico and logging its 404.
            .Raw("<link rel=\"icon\" href=\"data:,\">")
            .Raw("<script src=\"/static/site.js\" defer></script></head><body>")
            .Raw("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
            .Raw("<header class=\"site-header\"><div class=\"wrap\">")
            .Raw("<a class=\"brand\" href=\"/\">Template Library</a>")
            .Raw("<nav aria-label=\"Main\"><ul>");
        NavItem(html, "/", "Search", current == "search");
        NavItem(html, "/clauses", "Clauses", current == "clauses");
        NavItem(html, "/agreements", "Reviews due", current == "agreements");
        NavItem(html, "/partnerships", "Partnerships", current == "partnerships");
        NavItem(html, "/insights", "Insights", current == "insights");
        NavItem(html, "/browse", "Browse", current == "browse");
        NavItem(html, "/upload", "Add documents", current == "upload");
        NavItem(html, "/review", "Review queue", current == "review");
        NavItem(html, "/audit", "Audit", current == "audit");
        NavItem(html, "/signin", "Account", current == "signin");
        return html.Raw("</ul></nav></div></header><main id=\"main\" tabindex=\"-1\"><div class=\"wrap\">");
    }

    /// <summary>Writes the page bottom.</summary>
    public static HtmlWriter End(HtmlWriter html) =>
        html.Raw("</div></main><footer class=\"site-footer\"><div class=\"wrap\"><p>Template Library: shared-service templates and documents from UK councils.</p>")
            .Raw("<p><a href=\"/api/health\">API status</a></p></div></footer></body></html>");

    private static void NavItem(HtmlWriter html, string href, string text, bool isCurrent)
    {
        html.Raw("<li><a href=\"").Text(href).Raw(isCurrent ? "\" aria-current=\"page\">" : "\">").Text(text).Raw("</a></li>");
    }
}
