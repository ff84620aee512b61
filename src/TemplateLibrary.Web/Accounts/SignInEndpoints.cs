using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Accounts;

/// <summary>Maps /signin and /signout: cookie sessions for people, with antiforgery on both forms and failed sign-ins limited.</summary>
internal static class SignInEndpoints
{
    /// <summary>Adds the routes; they stay open when sign-in is required, or nobody could sign in.</summary>
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) => Page(context, antiforgery, returnUrl, null)).AllowAnonymous();
        app.MapPost("/signin", SignInAsync).AllowAnonymous().DisableAntiforgery();
        app.MapPost("/signout", SignOutAsync).DisableAntiforgery();
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, AccountStore accounts, FailedCredentials failures)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Page(context, antiforgery, null, "The form had expired or did not come from this site. Please try again.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var returnUrl = form["returnUrl"].ToString();
        if (failures.IsBlocked(context))
        {
            return Page(context, antiforgery, returnUrl, "Too many failed sign-ins from this address. Wait a minute and try again.", StatusCodes.Status429TooManyRequests);
        }

        var name = form["name"].ToString().Trim();
        var account = accounts.CheckPassword(name, form["password"].ToString());
        if (account is null)
        {
            failures.Failed(context, "sign-in", name);
            return Page(context, antiforgery, returnUrl, "That name and password do not match an account.", StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Page(context, antiforgery, null, "The form had expired or did not come from this site. Please try again.", StatusCodes.Status400BadRequest);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return Results.LocalRedirect("/");
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var user = context.UserName();
        var role = user is null ? null : context.User.FindFirstValue(ClaimTypes.Role);
        return PageEndpoints.Html(SignInPage.Render(tokens.FormFieldName, tokens.RequestToken ?? "", user, role, IsLocal(returnUrl) ? returnUrl! : "/", error), status);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
