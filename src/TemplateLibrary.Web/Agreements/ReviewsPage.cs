using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Agreements;

/// <summary>Agreements due for review within some months, overdue ones first.</summary>
internal static class ReviewsPage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/agreements";

    /// <summary>Renders the list for a number of months ahead.</summary>
    public static string Render(IReadOnlyList<ReviewDue> due, int months)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Agreements due for review", "agreements");
        html.Raw("<h1>Agreements due for review</h1><form method=\"get\" action=\"").Text(Path).Raw("\" class=\"due-form\">")
            .Raw("<label for=\"months\">Due within</label> <input type=\"number\" id=\"months\" name=\"months\" min=\"0\" max=\"240\" value=\"").Number(months)
            .Raw("\"> months <button type=\"submit\" class=\"button\">Show</button></form>");
        if (due.Count == 0)
        {
            html.Raw("<div class=\"notice empty\"><p>No agreement is due for review in that time.</p></div>");
            return Layout.End(html).ToString();
        }

        html.Raw("<table class=\"due\"><caption>").Number(due.Count).Raw(due.Count == 1 ? " agreement" : " agreements")
            .Raw("</caption><thead><tr><th scope=\"col\">Due</th><th scope=\"col\">Agreement</th><th scope=\"col\">What it says</th></tr></thead><tbody>");
        foreach (var item in due)
        {
            html.Raw("<tr><td>").Text(AgreementSection.Day(item.Due)).Raw(item.Overdue ? " <span class=\"pill pill-overdue\">overdue</span>" : string.Empty)
                .Raw("</td><td>").Link(DocumentPage.Url(item.DocumentId, null), item.Title)
                .Raw("</td><td class=\"evidence\">").Text(item.Review.Evidence.Where).Raw(": “").Text(item.Review.Evidence.Text).Raw("”</td></tr>");
        }

        html.Raw("</tbody></table>");
        return Layout.End(html).ToString();
    }
}
