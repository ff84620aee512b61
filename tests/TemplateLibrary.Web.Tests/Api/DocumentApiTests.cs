using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

public sealed class DocumentApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Document_KnownId_ReturnsTagsHeadingsAndText()
    {
        var id = await FirstIdAsync("q=memorandum");

        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));

        var document = json.RootElement.GetProperty("document");
        document.GetProperty("id").GetString().Should().Be(id);
        document.GetProperty("tags").EnumerateArray().Should().Contain(t => t.GetProperty("facet").GetString() == "category" && t.GetProperty("source").GetString() == "manifest");
        document.GetProperty("headings").GetArrayLength().Should().BeGreaterThan(0);
        document.GetProperty("text").GetString().Should().Contain("memorandum");
        json.RootElement.GetProperty("labels").GetProperty("category:legal").GetString().Should().Be("Legal");
        json.RootElement.GetProperty("similar").ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.GetProperty("nearDuplicates").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Theory]
    [InlineData("/api/documents/no-such-id")]
    [InlineData("/api/documents/no-such-id/file")]
    [InlineData("/documents/no-such-id")]
    public async Task Document_UnknownId_Is404(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task File_KnownId_IsAttachmentWithContentType()
    {
        var id = await FirstIdAsync("q=delegates&type=legal-agreement");

        using var response = await Client.GetAsync(new Uri($"/api/documents/{id}/file", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be("legal-delegation-agreement.html");
        var expected = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "library", "legal-delegation-agreement.html"));
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Fact]
    public async Task File_PathInRequest_IsNotServed()
    {
        using var response = await Client.GetAsync(new Uri("/api/documents/..%2F..%2Fetc%2Fpasswd/file", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=legal")]
    [InlineData("/browse")]
    [InlineData("/api/documents/no-such-id")]
    [InlineData("/api/search?sort=sideways")]
    public async Task Responses_Any_CarryContentSecurityPolicy(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    private async Task<string> FirstIdAsync(string query)
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?" + query, UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }
}
