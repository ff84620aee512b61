using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Upload;

public sealed partial class UploadPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task UploadForm_WithTokenAndKey_IngestsAndShowsReport()
    {
        using var client = NewClient();
        var form = await client.GetStringAsync(new Uri("/upload", UriKind.Relative));
        var token = Token().Match(form);
        token.Success.Should().BeTrue("the form carries an antiforgery token");

        using var content = Multipart(token.Groups["name"].Value, token.Groups["value"].Value, RunningApp.ApiKey);
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), content);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Upload report").And.Contain("1 added");
        html.Should().Contain("election-pact.md");
    }

    [Fact]
    public async Task UploadForm_WithoutToken_IsRefused()
    {
        using var client = NewClient();

        using var content = Multipart("__RequestVerificationToken", "forged", RunningApp.ApiKey);
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Upload report");
    }

    [Fact]
    public async Task UploadForm_WrongKey_IsRefused()
    {
        using var client = NewClient();
        var token = Token().Match(await client.GetStringAsync(new Uri("/upload", UriKind.Relative)));

        using var content = Multipart(token.Groups["name"].Value, token.Groups["value"].Value, "not-the-key");
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private HttpClient NewClient() => new(new HttpClientHandler { UseCookies = true }) { BaseAddress = fixture.App.Address };

    private static MultipartFormDataContent Multipart(string tokenName, string token, string key) => new()
    {
        { new StringContent(WebUtility.HtmlDecode(token)), tokenName },
        { new StringContent(key), "apiKey" },
        { new ByteArrayContent(Encoding.UTF8.GetBytes("# Joint elections pact\n\nThe councils share an electoral services team for joint elections.")), "files", "election-pact.md" },
        { new StringContent("management-governance"), "category" },
    };

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex Token();
}
