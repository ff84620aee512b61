using System.Net;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

/// <summary>A server of its own, with one original file gone, so that a bundle made says so in the log.</summary>
public sealed class ExportHeadTests : IAsyncLifetime
{
    private readonly LogCollector logs = new();
    private RunningApp? app;

    public async ValueTask InitializeAsync()
    {
        app = await RunningApp.StartAsync(logs);
        File.Delete(Path.Combine(app.Root, "corpus", "revenues-business-case.md"));
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        logs.Dispose();
    }

    [Fact]
    public async Task Export_Head_AnswersWithTheHeadersWithoutMakingTheBundle()
    {
        using (var head = await app!.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/export?format=zip", UriKind.Relative))))
        {
            head.StatusCode.Should().Be(HttpStatusCode.OK);
            head.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        }

        LeftOut().Should().BeEmpty("HEAD reads no file");

        using (var get = await app.Client.GetAsync(new Uri("/api/export?format=zip", UriKind.Relative)))
        {
            get.StatusCode.Should().Be(HttpStatusCode.OK);
            await get.Content.ReadAsByteArrayAsync();
        }

        LeftOut().Should().ContainSingle().Which.Should().Contain("corpus/revenues-business-case.md");
    }

    private List<string> LeftOut() =>
        [.. logs.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("left out", StringComparison.Ordinal)).Select(e => e.Message)];
}
