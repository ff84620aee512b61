namespace TemplateLibrary.Web.Hosting;

/// <summary>Answers HEAD on every GET route: the request is routed as a GET and the server sends the headers without the body.</summary>
internal static class HeadRequests
{
    private const string HeadKey = "TemplateLibrary.HeadRequest";

    /// <summary>True when the request came as HEAD: a route whose body is costly to make (an export) may skip making it.</summary>
    public static bool IsHead(HttpContext context) => context.Items.ContainsKey(HeadKey);

    /// <summary>Adds the middleware; it must run before routing.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            // Kestrel still knows the request is HEAD, so it sends the GET's headers and drops the body.
            context.Request.Method = HttpMethods.Get;
            context.Items[HeadKey] = true;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
            }
        });
}
