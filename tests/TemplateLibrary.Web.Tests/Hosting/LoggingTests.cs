using Microsoft.Extensions.Logging;
using TemplateLibrary.Web.Hosting;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Hosting;

public sealed class LoggingTests
{
    [Fact]
    public async Task Request_AtInformation_IsOneLogLine()
    {
        var logs = new LogCollector();
        await using var app = await RunningApp.StartAsync(logs);
        await app.Client.GetStringAsync(new Uri("/api/health", UriKind.Relative));
        logs.Entries.Clear();

        await app.Client.GetStringAsync(new Uri("/?q=legal", UriKind.Relative));
        await Task.Delay(200);

        var lines = logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
        lines.Should().ContainSingle().Which.Category.Should().Be(RequestLog.Category);
        lines[0].Message.Should().StartWith("GET / 200 ");
    }

    [Fact]
    public async Task FirstRun_EmptyIndex_SaysItIsIngestingWithProgress()
    {
        var logs = new LogCollector();
        await using var app = await RunningApp.StartAsync(logs);

        var messages = logs.Entries.Select(e => e.Message).ToList();
        messages.Should().Contain(m => m.StartsWith("First run: the index is empty", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("Ingesting the sample library: ", StringComparison.Ordinal) && m.EndsWith(" files", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("First run done: ", StringComparison.Ordinal));
    }
}
