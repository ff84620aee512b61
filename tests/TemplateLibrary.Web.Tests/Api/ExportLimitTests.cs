using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

/// <summary>A server whose export bundles may hold 1 KB: a larger ZIP is refused before a byte of it is sent.</summary>
public sealed class ExportLimitTests : IAsyncLifetime
{
    private RunningApp? app;

    private HttpClient Client => app!.Client;

    public async ValueTask InitializeAsync() => app = await RunningApp.StartAsync(configure: options => options with { MaxExportBundleBytes = 1024 });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Export_ZipLargerThanTheLimit_IsAProblemWithStatus400()
    {
        using var response = await Client.GetAsync(new Uri("/api/export?format=zip", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Content.Headers.ContentDisposition.Should().BeNull("the error is not offered as a download");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("narrow the search");
    }

    [Fact]
    public async Task Export_HeadOfAZipLargerThanTheLimit_Is400LikeGet()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/export?format=zip", UriKind.Relative)));

        head.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        head.Content.Headers.ContentDisposition.Should().BeNull("the error is not offered as a download");
    }

    [Fact]
    public async Task Export_HeadOfAZipWithinTheLimit_IsOk()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/export?format=zip&type=mou", UriKind.Relative)));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
    }

    [Fact]
    public async Task Export_ZipWithinTheLimit_IsServed()
    {
        using var response = await Client.GetAsync(new Uri("/api/export?format=zip&type=mou", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
    }
}
