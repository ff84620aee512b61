using System.Threading.Channels;

namespace TemplateLibrary.Web.Hosting;

/// <summary>Writes the request lines to the log from one background task, in the order they were added; stopping writes
/// what is still queued.</summary>
internal sealed partial class RequestLogWriter : IHostedService
{
    // Lines waiting beyond this many (a log far slower than the requests) are counted and left out, not kept in memory.
    private const int MostWaiting = 10_000;

    // One reader: its writers add without a lock while the reader is busy.
    private readonly Channel<RequestLine> lines = Channel.CreateUnbounded<RequestLine>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger logger;
    private Task written = Task.CompletedTask;
    private int waiting;
    private long leftOut;

    /// <summary>Creates the writer over the request lines' log category.</summary>
    public RequestLogWriter(ILoggerFactory loggers)
    {
        logger = loggers.CreateLogger(RequestLog.Category);
    }

    /// <summary>False when the log leaves request lines out (its level is above Information).</summary>
    public bool IsEnabled => logger.IsEnabled(LogLevel.Information);

    /// <summary>Queues a line without waiting.</summary>
    public void Add(RequestLine line)
    {
        if (Interlocked.Increment(ref waiting) > MostWaiting || !lines.Writer.TryWrite(line))
        {
            Interlocked.Decrement(ref waiting);
            Interlocked.Increment(ref leftOut);
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not given the token: the lines queued before a stop that follows at once are still written.
        written = Task.Run(WriteAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lines.Writer.TryComplete();
        await written.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    // Reads until the channel is completed, so the lines queued before stopping are written.
    private async Task WriteAsync()
    {
        await foreach (var line in lines.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            Interlocked.Decrement(ref waiting);
            if (Interlocked.Exchange(ref leftOut, 0) is var count and > 0)
            {
                LeftOut(logger, count);
            }

            Request(logger, line.Method, line.Path, line.Status, line.Milliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Milliseconds:0} ms")]
    private static partial void Request(ILogger logger, string method, string path, int status, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} request lines left out: the log could not keep up")]
    private static partial void LeftOut(ILogger logger, long count);
}
