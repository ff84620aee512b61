using Microsoft.Extensions.Logging;
using TemplateLibrary.Web.Hosting;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Hosting;

public sealed class RequestLogWriterTests
{
    [Fact]
    public async Task StopAsync_LinesStillQueued_WritesEveryLineInOrder()
    {
        var logs = new LogCollector();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        var writer = new RequestLogWriter(loggers);
        writer.Add(new RequestLine("GET", "/a", 200, 1.2));
        await writer.StartAsync(TestContext.Current.CancellationToken);
        writer.Add(new RequestLine("POST", "/b", 302, 3));
        writer.Add(new RequestLine("GET", "/c", 404, 0.4));

        await writer.StopAsync(CancellationToken.None);

        logs.Entries.Where(e => e.Category == RequestLog.Category).Select(e => e.Message)
            .Should().Equal("GET /a 200 1 ms", "POST /b 302 3 ms", "GET /c 404 0 ms");
    }

    [Fact]
    public void IsEnabled_RequestLinesBelowTheLogLevel_IsFalse()
    {
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new LogCollector()).AddFilter(RequestLog.Category, LogLevel.Warning));
        var writer = new RequestLogWriter(loggers);

        writer.IsEnabled.Should().BeFalse();
    }
}
