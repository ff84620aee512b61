using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Hosting;

/// <summary>Error responses without a body: an HTML page for a browser, problem details for the API and scripts.</summary>
internal static class ErrorResponses
{
    /// <summary>True when the request is a browser's asking for a page (Accept: text/html), not the API's.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the status-code pages.</summary>
    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (WantsHtml(http.Request))
            {
                await PageEndpoints.Html(ErrorPage.Render(http.Response.StatusCode), http.Response.StatusCode).ExecuteAsync(http).ConfigureAwait(false);
                return;
            }

            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http }).ConfigureAwait(false);
        });
}
