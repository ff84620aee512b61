using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Hosting;

public sealed class ConventionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Theory]
    [InlineData("2015..2020", 2015, 2020)]
    [InlineData(">=2020", 2020, 9999)]
    [InlineData("<=2019", 1000, 2019)]
    public async Task Search_YearRangeParameter_IsAcceptedAndFilters(string year, int from, int to)
    {
        using var response = await Client.GetAsync(new Uri("/api/search?year=" + Uri.EscapeDataString(year), UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var years = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).ToList();
        years.Should().NotBeEmpty().And.OnlyContain(y => y >= from && y <= to);
    }

    [Fact]
    public async Task SearchPage_YearRangeParameter_ShowsResultsNotAnError()
    {
        using var response = await Client.GetAsync(new Uri("/?year=2015..2020", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("invalid year");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=legal")]
    [InlineData("/browse")]
    [InlineData("/signin")]
    [InlineData("/api/health")]
    [InlineData("/api/search?q=legal")]
    [InlineData("/static/site.css")]
    public async Task Head_AnyGetRoute_Is200WithTheGetHeadersAndNoBody(string url)
    {
        using var get = await Client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType?.ToString().Should().Be(get.Content.Headers.ContentType?.ToString());
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Head_Download_Is200WithLengthAndNoBody()
    {
        var id = await FirstIdAsync();
        var url = new Uri($"/api/documents/{id}/file", UriKind.Relative);
        using var get = await Client.GetAsync(url);
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.Should().Be(get.Content.Headers.ContentLength).And.BeGreaterThan(0);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task UnknownUrl_FromABrowser_IsAnHtmlPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/no/such/page", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<h1>Page not found</h1>").And.Contain("href=\"/\"");
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/no/such/page")]
    public async Task UnknownUrl_FromTheApiOrAScript_IsProblemDetails(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Api_SearchAndDocument_ShowNoServerPaths()
    {
        var search = await Client.GetStringAsync(new Uri("/api/search?q=council", UriKind.Relative));
        var id = await FirstIdAsync();
        var document = await Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative));

        foreach (var body in new[] { search, document })
        {
            body.Should().NotContain(fixture.App.Root).And.NotContain(Path.GetTempPath());
        }

        using var json = JsonDocument.Parse(search);
        json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString())
            .Should().OnlyContain(p => p!.StartsWith("corpus/", StringComparison.Ordinal));
    }

    private async Task<string> FirstIdAsync()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=legal", UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }
}
