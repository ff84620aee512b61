using System.Globalization;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Audit;

/// <summary>The /audit page: who changed what, newest first, filtered by user and action in a GET form.</summary>
internal static class AuditPage
{
    /// <summary>Renders the filters and the entries.</summary>
    public static string Render(IReadOnlyList<AuditEntry> entries, string? user, string? action)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Audit trail", "audit");
        html.Raw("<h1>Audit trail</h1><form class=\"audit-filters\" method=\"get\" action=\"/audit\">")
            .Raw("<div class=\"field\"><label for=\"user\">User</label><input type=\"text\" id=\"user\" name=\"user\" value=\"").Text(user).Raw("\"></div>")
            .Raw("<div class=\"field\"><label for=\"action\">Action</label><select id=\"action\" name=\"action\"><option value=\"\">(any)</option>");
        foreach (var name in AuditActions.All)
        {
            html.Raw("<option value=\"").Text(name).Raw(name == action ? "\" selected>" : "\">").Text(name).Raw("</option>");
        }

        html.Raw("</select></div><button type=\"submit\" class=\"button\">Filter</button></form>");
        if (entries.Count == 0)
        {
            html.Raw("<p class=\"muted\">Nothing recorded matches.</p>");
            return Layout.End(html).ToString();
        }

        html.Raw("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">When (UTC)</th><th scope=\"col\">User</th><th scope=\"col\">Action</th>")
            .Raw("<th scope=\"col\">What</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>");
        foreach (var entry in entries)
        {
            html.Raw("<tr><td>").Text(entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Raw("</td><td>").Text(entry.User)
                .Raw("</td><td>").Text(entry.Action).Raw("</td><td>").Text(entry.Target).Raw("</td><td>").Text(entry.Before ?? "—")
                .Raw("</td><td>").Text(entry.After ?? "—").Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div>");
        return Layout.End(html).ToString();
    }
}
