using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>Previous and next links with the page number.</summary>
internal static class Pager
{
    /// <summary>Writes the pager when there is more than one page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="search">The search shown.</param>
    /// <param name="total">How many results it has.</param>
    /// <param name="url">The address of another page of it (the search page's by default).</param>
    public static void Write(HtmlWriter html, SearchRequest search, int total, Func<SearchRequest, string>? url = null)
    {
        url ??= s => SearchParameters.ToUrl(s);
        if (total <= search.Limit && search.Offset == 0)
        {
            return;
        }

        var page = (search.Offset / search.Limit) + 1;
        var pages = (total + search.Limit - 1) / search.Limit;
        html.Raw("<nav class=\"pager\" aria-label=\"Result pages\"><ul>");
        if (search.Offset > 0)
        {
            var previous = search with { Offset = Math.Max(0, search.Offset - search.Limit) };
            html.Raw("<li>").Link(url(previous), "‹ Previous", "pager-previous").Raw("</li>");
        }

        html.Raw("<li class=\"pager-position\">Page ").Number(page).Raw(" of ").Number(pages).Raw("</li>");
        if (search.Offset + search.Limit < total)
        {
            var next = search with { Offset = search.Offset + search.Limit };
            html.Raw("<li>").Link(url(next), "Next ›", "pager-next").Raw("</li>");
        }

        html.Raw("</ul></nav>");
    }
}
