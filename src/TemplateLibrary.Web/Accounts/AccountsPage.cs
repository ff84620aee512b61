using System.Globalization;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Accounts;

/// <summary>The administrator's account page: every account with forms to reset its password, issue its API token or remove it,
/// and a form to add one. A new token is shown once, on the page that issued it.</summary>
internal static class AccountsPage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/accounts";

    /// <summary>Renders the page for <paramref name="self"/> (whose own account has no remove button).</summary>
    public static string Render(IReadOnlyList<Account> accounts, string self, (string Field, string Token) form, string? message, string? error, (string Name, string Token)? issued)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Accounts", "signin");
        html.Raw("<h1>Accounts</h1><p class=\"lead\">Readers search; librarians also add, correct and remove documents; administrators also manage accounts. ")
            .Raw("Every change here is recorded in the audit trail.</p>");
        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><p>").Text(error).Raw("</p></div>");
        }
        else if (message is not null)
        {
            html.Raw("<div class=\"notice\" role=\"status\"><p>").Text(message).Raw("</p>");
            if (issued is { } token)
            {
                html.Raw("<p><label for=\"issued-token\">API token for ").Text(token.Name).Raw(" (shown once: copy it now)</label> ")
                    .Raw("<input type=\"text\" id=\"issued-token\" readonly size=\"70\" value=\"").Text(token.Token).Raw("\"></p>");
            }

            html.Raw("</div>");
        }

        WriteTable(html, accounts, self, form);
        WriteAddForm(html, form);
        return Layout.End(html).ToString();
    }

    private static void WriteTable(HtmlWriter html, IReadOnlyList<Account> accounts, string self, (string Field, string Token) form)
    {
        html.Raw("<section aria-labelledby=\"accounts-heading\"><h2 id=\"accounts-heading\">Accounts (").Number(accounts.Count).Raw(")</h2>")
            .Raw("<div class=\"table-scroll\"><table class=\"accounts\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Role</th><th scope=\"col\">Added</th>")
            .Raw("<th scope=\"col\">API token</th><th scope=\"col\">Reset password</th><th scope=\"col\">Token</th><th scope=\"col\">Remove</th></tr></thead><tbody>");
        var row = 0;
        foreach (var account in accounts)
        {
            row++;
            var action = Path + "/" + Uri.EscapeDataString(account.Name);
            var id = "reset-" + row.ToString(CultureInfo.InvariantCulture);
            html.Raw("<tr><th scope=\"row\">").Text(account.Name).Raw("</th><td>").Text(account.Role).Raw("</td><td>")
                .Text(account.Created.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("</td><td>").Text(account.HasToken ? "issued" : "none")
                .Raw("</td><td><form class=\"inline-form\" method=\"post\" action=\"").Text(action).Raw("/reset\">").TokenField(form.Field, form.Token)
                .Raw("<label for=\"").Text(id).Raw("\"><span class=\"visually-hidden\">New password for ").Text(account.Name).Raw("</span></label>")
                .Raw("<input type=\"password\" id=\"").Text(id).Raw("\" name=\"password\" autocomplete=\"new-password\" required minlength=\"")
                .Number(AccountStore.MinPasswordLength).Raw("\"><button type=\"submit\" class=\"button\">Reset<span class=\"visually-hidden\"> the password of ").Text(account.Name)
                .Raw("</span></button></form></td><td><form method=\"post\" action=\"").Text(action).Raw("/token\">").TokenField(form.Field, form.Token)
                .Raw("<button type=\"submit\" class=\"button\">New token<span class=\"visually-hidden\"> for ").Text(account.Name).Raw("</span></button></form></td><td>");
            if (string.Equals(account.Name, self, StringComparison.OrdinalIgnoreCase))
            {
                html.Raw("<span class=\"muted\">you</span>");
            }
            else
            {
                html.Raw("<form method=\"post\" action=\"").Text(action).Raw("/remove\">").TokenField(form.Field, form.Token)
                    .Raw("<button type=\"submit\" class=\"button\">Remove<span class=\"visually-hidden\"> ").Text(account.Name).Raw("</span></button></form>");
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div></section>");
    }

    private static void WriteAddForm(HtmlWriter html, (string Field, string Token) form)
    {
        html.Raw("<section aria-labelledby=\"add-heading\"><h2 id=\"add-heading\">Add an account</h2><form class=\"account-form\" method=\"post\" action=\"").Text(Path).Raw("\">")
            .TokenField(form.Field, form.Token)
            .Raw("<div class=\"field\"><label for=\"new-name\">Name</label><span class=\"hint\" id=\"new-name-hint\">Letters, digits, '.', '-', '_' or '@'</span>")
            .Raw("<input type=\"text\" id=\"new-name\" name=\"name\" required maxlength=\"64\" autocomplete=\"off\" aria-describedby=\"new-name-hint\"></div>")
            .Select("new-role", "role", "Role", null, Roles.All.Select(r => (r, r)), [Roles.Librarian])
            .Raw("<div class=\"field\"><label for=\"new-password\">Password</label><span class=\"hint\" id=\"new-password-hint\">At least ")
            .Number(AccountStore.MinPasswordLength).Raw(" characters</span><input type=\"password\" id=\"new-password\" name=\"password\" required minlength=\"")
            .Number(AccountStore.MinPasswordLength).Raw("\" autocomplete=\"new-password\" aria-describedby=\"new-password-hint\"></div>")
            .Raw("<button type=\"submit\" class=\"button primary\">Add account</button></form></section>");
    }
}
