using System.Diagnostics;

namespace TemplateLibrary.Web.Hosting;

/// <summary>One Information line per request (method, path, status, time); the framework's own lines are left at Debug.</summary>
/// <remarks>The line is handed to <see cref="RequestLogWriter"/>, which writes it from one thread: the console logger's
/// queue is guarded by a lock that every request thread took in turn when each wrote its own line.</remarks>
internal static class RequestLog
{
    /// <summary>The log category of the request lines.</summary>
    public const string Category = "TemplateLibrary.Web.Requests";

    /// <summary>Registers the writer of the request lines.</summary>
    public static IServiceCollection AddRequestLog(this IServiceCollection services)
    {
        services.AddSingleton<RequestLogWriter>();
        return services.AddHostedService(provider => provider.GetRequiredService<RequestLogWriter>());
    }

    /// <summary>Adds the middleware; it runs first so it sees the final status.</summary>
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var writer = app.ApplicationServices.GetRequiredService<RequestLogWriter>();
        return app.Use(async (context, next) =>
        {
            if (!writer.IsEnabled)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                writer.Add(new RequestLine(context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        });
    }
}
