using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace TemplateLibrary.Web.Accounts;

/// <summary>Cookie sign-in for people, API tokens for scripts, the librarian policy of every write route, and the failure limiter.</summary>
internal static class AccountSetup
{
    private const string Smart = "CookieOrToken";

    /// <summary>Adds authentication and authorization; <paramref name="requireSignIn"/> makes every page need an account.</summary>
    public static IServiceCollection AddLibraryAccounts(this IServiceCollection services, bool requireSignIn, int failuresPerMinute)
    {
        services.AddSingleton(provider => new FailedCredentials(failuresPerMinute, provider.GetRequiredService<ILogger<FailedCredentials>>()));
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith(TokenAuthentication.Prefix, StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.Cookie.Name = "templib.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        services.AddAuthorization(authorization =>
        {
            authorization.AddPolicy(Roles.LibrarianPolicy, policy => policy.RequireRole(Roles.Librarian, Roles.Admin));
            authorization.AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin));
            if (requireSignIn)
            {
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        return services;
    }

    /// <summary>True when the signed-in account may change the library (a librarian or an administrator).</summary>
    public static bool IsLibrarian(this HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && (context.User.IsInRole(Roles.Librarian) || context.User.IsInRole(Roles.Admin));

    /// <summary>The signed-in account's name, or null for an anonymous reader.</summary>
    public static string? UserName(this HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.Name) : null;

    // A page sends a signed-out browser to the sign-in form; the API and a signed-in reader get the status (a problem or an HTML page).
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
