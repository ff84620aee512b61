using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TemplateLibrary.Web.Accounts;

/// <summary>Signs a script in by its account's API token (Authorization: Bearer …); wrong tokens count as failed attempts.</summary>
internal sealed class TokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggerFactory, UrlEncoder encoder, AccountStore accounts, FailedCredentials failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Token";

    /// <summary>The start of the header value.</summary>
    public const string Prefix = "Bearer ";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (failures.IsBlocked(Context))
        {
            return Task.FromResult(AuthenticateResult.Fail("too many failed attempts"));
        }

        var account = accounts.FindByToken(header[Prefix.Length..].Trim());
        if (account is null)
        {
            failures.Failed(Context, "token attempt", null);
            return Task.FromResult(AuthenticateResult.Fail("unknown token"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var blocked = failures.IsBlocked(Context);
        Response.StatusCode = blocked ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
                statusCode: Response.StatusCode,
                title: blocked ? "Too many failed attempts" : "Token not accepted",
                detail: blocked ? "too many failed token attempts from this address: wait a minute" : "send a valid API token: Authorization: Bearer <token> (templib users token NAME)")
            .ExecuteAsync(Context).ConfigureAwait(false);
    }
}
