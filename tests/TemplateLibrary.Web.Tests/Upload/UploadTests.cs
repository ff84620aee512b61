using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Upload;

public sealed class UploadTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Upload_WithKeyAndMetadata_IngestsAndReportsEachFile()
    {
        using var form = new MultipartFormDataContent();
        form.Add(TextFile("# Shared parking enforcement agreement\n\nTwo councils share parking enforcement officers across the borough boundary."), "files", "parking-agreement.md");
        form.Add(TextFile("not really a document"), "files", "payload.exe");
        form.Add(new StringContent("highways-transport-parking"), "category");
        form.Add(new StringContent("2023"), "year");

        using var response = await PostAsync(form, fixture.App.LibrarianToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToList();
        var added = files.Single(f => f.GetProperty("file").GetString() == "parking-agreement.md");
        added.GetProperty("status").GetString().Should().Be("added");
        var rejected = files.Single(f => f.GetProperty("file").GetString() == "payload.exe");
        rejected.GetProperty("status").GetString().Should().Be("failed");
        rejected.GetProperty("reason").GetString().Should().Contain("not accepted");

        using var search = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=parking&category=highways-transport-parking&year=2023", UriKind.Relative)));
        search.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Contain(added.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Upload_RenamedBinary_IsRefusedBySniffing()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("%PDF-1.4 pretending to be Markdown\0\0"u8.ToArray()), "files", "notes.md");
        form.Add(new ByteArrayContent("plain text"u8.ToArray()), "files", "contract.docx");

        using var response = await PostAsync(form, fixture.App.LibrarianToken);

        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        report.RootElement.GetProperty("failed").GetInt32().Should().Be(2);
        report.RootElement.GetProperty("added").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("tl_not-a-token")]
    public async Task Upload_MissingOrWrongToken_Is401(string? key)
    {
        using var form = new MultipartFormDataContent();
        form.Add(TextFile("# Title\n\nText."), "files", "note.md");

        using var response = await PostAsync(form, key);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private async Task<HttpResponseMessage> PostAsync(MultipartFormDataContent form, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = form };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Client.SendAsync(request);
    }

    private static ByteArrayContent TextFile(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        return content;
    }
}
