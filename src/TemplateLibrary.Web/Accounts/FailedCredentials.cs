using System.Threading.RateLimiting;

namespace TemplateLibrary.Web.Accounts;

/// <summary>Counts failed sign-ins and token attempts per client address with ASP.NET Core's rate limiter: past the limit
/// in a window, further attempts from that address are refused (429) without being checked, and logged.</summary>
public sealed partial class FailedCredentials(int perMinute, ILogger<FailedCredentials> logger) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when the address has used up its failures for this window.</summary>
    public bool IsBlocked(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var blocked = _limiter.GetStatistics(Address(context))?.CurrentAvailablePermits == 0;
        if (blocked)
        {
            Blocked(logger, Address(context), context.Request.Path.Value ?? "/");
        }

        return blocked;
    }

    /// <summary>Records a failure (logged with the name tried, never the secret).</summary>
    public void Failed(HttpContext context, string what, string? name)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = _limiter.AttemptAcquire(Address(context));
        Failure(logger, what, name ?? "-", Address(context));
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed {What} for '{Name}' from {Address}")]
    private static partial void Failure(ILogger logger, string what, string name, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many failed sign-ins or token attempts from {Address}: {Path} refused with 429")]
    private static partial void Blocked(ILogger logger, string address, string path);
}
