using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Accounts;

/// <summary>Maps /accounts: the administrator's account management, every change a form with an antiforgery token, audited.</summary>
internal static class AccountEndpoints
{
    /// <summary>Adds the routes.</summary>
    public static void MapAccountManagement(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccountsPage.Path, (HttpContext context, AccountAdministration accounts) => Page(context, accounts, null)).RequireAuthorization(Roles.AdminPolicy);
        app.MapFormPost(AccountsPage.Path, (HttpContext context, IFormCollection form, AccountAdministration accounts) =>
        {
            var name = form["name"].ToString().Trim();
            var role = form["role"].ToString();
            return Change(context, accounts, () => accounts.Add(name, role, form["password"].ToString(), context.UserName()!), $"Added {name} ({role}).");
        }, Roles.AdminPolicy);
        app.MapFormPost(AccountsPage.Path + "/{name}/reset", (string name, HttpContext context, IFormCollection form, AccountAdministration accounts) =>
            Change(context, accounts, () => accounts.ResetPassword(name, form["password"].ToString(), context.UserName()!), $"Set a new password for {name}."), Roles.AdminPolicy);
        app.MapFormPost(AccountsPage.Path + "/{name}/remove", (string name, HttpContext context, AccountAdministration accounts) =>
            string.Equals(name, context.UserName(), StringComparison.OrdinalIgnoreCase)
                ? Page(context, accounts, null, "You cannot remove your own account: another administrator can.", StatusCodes.Status400BadRequest)
                : Change(context, accounts, () => accounts.Remove(name, context.UserName()!), $"Removed {name}."), Roles.AdminPolicy);
        app.MapFormPost(AccountsPage.Path + "/{name}/token", (string name, HttpContext context, AccountAdministration accounts) =>
        {
            string token;
            try
            {
                token = accounts.IssueToken(name, context.UserName()!);
            }
            catch (AccountException error)
            {
                return Page(context, accounts, null, error.Message, StatusCodes.Status400BadRequest);
            }

            return Page(context, accounts, $"Issued a new API token for {name}; the old one no longer works.", issued: (name, token));
        }, Roles.AdminPolicy);
    }

    private static IResult Change(HttpContext context, AccountAdministration accounts, Action change, string done)
    {
        try
        {
            change();
        }
        catch (AccountException error)
        {
            return Page(context, accounts, null, error.Message, StatusCodes.Status400BadRequest);
        }

        return Page(context, accounts, done);
    }

    private static IResult Page(
        HttpContext context, AccountAdministration accounts, string? message, string? error = null, int status = StatusCodes.Status200OK, (string Name, string Token)? issued = null) =>
        PageEndpoints.Html(AccountsPage.Render(accounts.List(), context.UserName()!, FormPosts.Tokens(context), message, error, issued), status);
}
