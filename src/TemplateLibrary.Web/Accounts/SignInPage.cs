using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Accounts;

/// <summary>The sign-in form, or who is signed in with a sign-out button.</summary>
internal static class SignInPage
{
    /// <summary>Renders the page; <paramref name="user"/> and <paramref name="role"/> are set when someone is signed in.</summary>
    public static string Render(string tokenField, string token, string? user, string? role, string returnUrl, string? error)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, user is null ? "Sign in" : "Signed in", "signin");
        if (user is not null)
        {
            html.Raw("<h1>Signed in</h1><p>You are signed in as <strong>").Text(user).Raw("</strong> (").Text(role).Raw(").</p>")
                .Raw("<form method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"").Text(tokenField).Raw("\" value=\"").Text(token).Raw("\">")
                .Raw("<button type=\"submit\" class=\"button\">Sign out</button></form>");
            if (role == Roles.Admin)
            {
                html.Raw("<p>").Link(AccountsPage.Path, "Manage accounts").Raw("</p>");
            }

            return Layout.End(html).ToString();
        }

        html.Raw("<h1>Sign in</h1><p class=\"lead\">Librarians and administrators sign in to add, correct and remove documents. Readers need no account.</p>");
        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><p>").Text(error).Raw("</p></div>");
        }

        html.Raw("<form class=\"signin-form\" method=\"post\" action=\"/signin\">")
            .Raw("<input type=\"hidden\" name=\"").Text(tokenField).Raw("\" value=\"").Text(token).Raw("\">")
            .Raw("<input type=\"hidden\" name=\"returnUrl\" value=\"").Text(returnUrl).Raw("\">")
            .Raw("<div class=\"field\"><label for=\"name\">Name</label><input type=\"text\" id=\"name\" name=\"name\" autocomplete=\"username\" required></div>")
            .Raw("<div class=\"field\"><label for=\"password\">Password</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required></div>")
            .Raw("<button type=\"submit\" class=\"button primary\">Sign in</button></form>");
        return Layout.End(html).ToString();
    }
}
