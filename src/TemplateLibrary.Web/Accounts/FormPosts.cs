using Microsoft.AspNetCore.Antiforgery;

namespace TemplateLibrary.Web.Accounts;

/// <summary>Maps the workspace's form posts: each needs its role (checked first: 401 or 403) and then a valid antiforgery
/// token for the signed-in session (else 400), before its handler runs.</summary>
internal static class FormPosts
{
    /// <summary>Maps a POST route taking a form, for accounts the <paramref name="policy"/> admits.</summary>
    public static RouteHandlerBuilder MapFormPost(this IEndpointRouteBuilder app, string pattern, Delegate handler, string policy) =>
        app.MapPost(pattern, handler)
            .DisableAntiforgery() // The filter below checks the token itself, so a refusal is a page or problem of ours.
            .RequireAuthorization(policy)
            .AddEndpointFilter(async (context, next) =>
            {
                var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
                return await antiforgery.IsRequestValidAsync(context.HttpContext).ConfigureAwait(false)
                    ? await next(context).ConfigureAwait(false)
                    : Refused();
            });

    /// <summary>The answer to a form whose token is missing, made up, expired or from another session.</summary>
    public static IResult Refused() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Form refused", detail: "the form had expired or did not come from this site");

    /// <summary>The antiforgery field name and token a page's forms carry.</summary>
    public static (string Field, string Token) Tokens(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return (tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
