using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Accounts;

public sealed class RemovalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task RemoveAndRestore_Librarian_AreDoneAndAudited()
    {
        var id = await FirstIdAsync("waste");
        using var librarian = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);

        using var removed = await PostAsync(librarian, $"/documents/{id}/remove");
        using var gone = await fixture.App.Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        using var restored = await PostAsync(librarian, $"/documents/{id}/restore");
        using var back = await fixture.App.Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        var audit = await librarian.GetStringAsync(new Uri("/audit?user=lib.one", UriKind.Relative));

        removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
        back.StatusCode.Should().Be(HttpStatusCode.OK);
        using var restoredDetails = JsonDocument.Parse(await back.Content.ReadAsStringAsync());
        var document = restoredDetails.RootElement.GetProperty("document");
        document.GetProperty("title").GetString().Should().Be("Jointly owned waste company case study", "the manifest's title comes back with the document");
        document.GetProperty("effectiveTags").EnumerateArray().Select(t => (t.GetProperty("facet").GetString(), t.GetProperty("value").GetString(), t.GetProperty("source").GetString()))
            .Should().Contain(("model", "teckal-company", "manifest"), "so do the manifest's tags, with their source");
        audit.Should().Contain($"<td>lib.one</td><td>remove</td><td>{id}</td>").And.Contain($"<td>lib.one</td><td>restore</td><td>{id}</td>");
    }

    [Fact]
    public async Task Remove_ReaderOrForgedToken_IsRefusedAndTheDocumentStays()
    {
        var id = await FirstIdAsync("legal");
        using var reader = await fixture.App.SignedInClientAsync(RunningApp.ReaderName);
        using var librarian = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);
        var (field, _) = await RunningApp.FormTokenAsync(librarian, "/signin");

        using var asReader = await PostAsync(reader, $"/documents/{id}/remove");
        using var forged = await librarian.PostAsync(
            new Uri($"/documents/{id}/remove", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { [field] = "CfDJ8forged" }));
        using var still = await fixture.App.Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));

        asReader.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        still.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RemoveAndRestore_UploadWithOnlyATitle_ComesBackWithThatTitle()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"# The file's own heading {marker}\n\nShared pest control notes.")), "files", $"titled-{marker}.md" },
                { new StringContent($"Pest control partnership {marker}"), "title" },
            },
        };
        upload.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.App.LibrarianToken);
        using var uploaded = await fixture.App.Client.SendAsync(upload);
        using var report = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync());
        var id = report.RootElement.GetProperty("files")[0].GetProperty("id").GetString()!;
        using var librarian = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);

        using var removed = await PostAsync(librarian, $"/documents/{id}/remove");
        using var restored = await PostAsync(librarian, $"/documents/{id}/restore");
        var restoredId = Uri.UnescapeDataString(restored.Headers.Location!.OriginalString["/documents/".Length..]);
        using var details = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri($"/api/documents/{restoredId}", UriKind.Relative)));

        details.RootElement.GetProperty("document").GetProperty("title").GetString().Should().Be($"Pest control partnership {marker}");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url)
    {
        var (field, token) = await RunningApp.FormTokenAsync(client, "/signin");
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { [field] = token }));
    }

    private async Task<string> FirstIdAsync(string query)
    {
        using var json = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri("/api/search?q=" + query, UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }
}
