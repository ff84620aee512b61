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
        using var client = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);
        var form = await client.GetStringAsync(new Uri("/upload", UriKind.Relative));
        var token = Token().Match(form);
        token.Success.Should().BeTrue("the form carries an antiforgery token");

        using var content = Multipart(token.Groups["name"].Value, token.Groups["value"].Value);
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), content);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Upload report").And.Contain("1 added");
        html.Should().Contain("election-pact.md");
    }

    [Fact]
    public async Task UploadForm_WithoutToken_IsRefused()
    {
        using var client = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);

        using var content = Multipart("__RequestVerificationToken", "forged");
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Upload report");
    }

    private static MultipartFormDataContent Multipart(string tokenName, string token) => new()
    {
        { new StringContent(WebUtility.HtmlDecode(token)), tokenName },
        { new ByteArrayContent(Encoding.UTF8.GetBytes("# Joint elections pact\n\nThe councils share an electoral services team for joint elections.")), "files", "election-pact.md" },
        { new StringContent("management-governance"), "category" },
    };

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex Token();
}
