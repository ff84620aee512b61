using System.Diagnostics;

namespace TemplateLibrary.Web.Hosting;

/// <summary>One Information line per request (method, path, status, time); the framework's own lines are left at Debug.</summary>
internal static partial class RequestLog
{
    /// <summary>The log category of the request lines.</summary>
    public const string Category = "TemplateLibrary.Web.Requests";

    /// <summary>Adds the middleware; it runs first so it sees the final status.</summary>
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Request(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Milliseconds:0} ms")]
    private static partial void Request(ILogger logger, string method, string path, int status, double milliseconds);
}
