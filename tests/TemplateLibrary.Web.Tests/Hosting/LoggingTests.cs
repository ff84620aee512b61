using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TemplateLibrary.Web.Hosting;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Hosting;

public sealed class LoggingTests(LoggedAppFixture fixture) : IClassFixture<LoggedAppFixture>
{
    [Fact]
    public async Task Request_AtInformation_IsOneLogLine()
    {
        var logs = fixture.Logs;
        await fixture.App.Client.GetStringAsync(new Uri("/api/health", UriKind.Relative));
        await WaitForRequestLineAsync(logs);
        logs.Entries.Clear();

        await fixture.App.Client.GetStringAsync(new Uri("/?q=legal", UriKind.Relative));
        await WaitForRequestLineAsync(logs);

        var lines = logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
        lines.Should().ContainSingle().Which.Category.Should().Be(RequestLog.Category);
        lines[0].Message.Should().StartWith("GET / 200 ");
    }

    [Fact]
    public void FirstRun_EmptyIndex_SaysItIsIngestingWithProgress()
    {
        var messages = fixture.StartupMessages;

        messages.Should().Contain(m => m.StartsWith("First run: the index is empty", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("Ingesting the sample library: ", StringComparison.Ordinal) && m.EndsWith(" files", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("First run done: ", StringComparison.Ordinal));
    }

    // The request line is written as the response completes, which may be just after the client has the body.
    private static async Task WaitForRequestLineAsync(LogCollector logs)
    {
        var clock = Stopwatch.StartNew();
        while (!logs.Entries.Any(e => e.Category == RequestLog.Category) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(10);
        }
    }
}
