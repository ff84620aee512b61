using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Upload;

public sealed class UploadCleanupTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private string Uploads => Path.Combine(fixture.App.Root, "index", "uploads");

    [Fact]
    public async Task Upload_RefusedAndDuplicateFiles_LeaveNothingOnDisk()
    {
        var corpusFile = await File.ReadAllBytesAsync(Path.Combine(fixture.App.Root, "corpus", "legal-mou-northmere.md"));
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("MZ\0\0 not a document"u8.ToArray()), "files", "payload.exe");
        form.Add(new ByteArrayContent("%PDF-1.4 pretending\0"u8.ToArray()), "files", "renamed.md");
        form.Add(new ByteArrayContent(corpusFile), "files", "copy-of-the-mou.md");
        form.Add(Text("# Kept upload\n\nA note on shared waste collection rounds between two districts."), "files", "kept.md");

        using var response = await PostAsync(form);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var report = JsonDocument.Parse(body);
        var statuses = report.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("status").GetString());
        statuses.Should().Equal(new Dictionary<string, string?>
        {
            ["payload.exe"] = "failed", ["renamed.md"] = "failed", ["copy-of-the-mou.md"] = "duplicate", ["kept.md"] = "added",
        });
        // Other tests in this class upload into the same folder, so look only at this batch's names.
        string[] batch = ["payload.exe", "renamed.md", "copy-of-the-mou.md", "kept.md"];
        Directory.EnumerateFiles(Uploads, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Where(batch.Contains).Should().Equal("kept.md");
        Directory.Exists(Path.Combine(fixture.App.Root, "uploads")).Should().BeFalse("uploads go inside the index folder, which git ignores");
    }

    [Fact]
    public async Task Upload_BadMetadata_DiscardsTheBatchAndNamesNoServerPath()
    {
        using var form = new MultipartFormDataContent();
        form.Add(Text("# Bad metadata\n\nA shared legal service note with a category nobody defined."), "files", "bad-metadata.md");
        form.Add(new StringContent("no-such-category"), "category");

        using var response = await PostAsync(form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("no-such-category").And.NotContain(fixture.App.Root).And.NotContain("manifest.csv");
        (Directory.Exists(Uploads) ? Directory.EnumerateFiles(Uploads, "bad-metadata.md", SearchOption.AllDirectories) : []).Should().BeEmpty();
    }

    [Fact]
    public async Task Upload_WithMetadata_WritesNoCsvAndAppliesIt()
    {
        using var form = new MultipartFormDataContent();
        form.Add(Text("# Shared fleet maintenance\n\nTwo councils maintain their refuse vehicles in one depot."), "files", "fleet.md");
        form.Add(new StringContent("waste-environmental"), "category");
        form.Add(new StringContent("legal"), "category");
        form.Add(new StringContent("2021"), "year");

        using var response = await PostAsync(form);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Directory.EnumerateFiles(Uploads, "*.csv", SearchOption.AllDirectories).Should().BeEmpty();
        using var search = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri("/api/search?q=fleet&category=legal&year=2021", UriKind.Relative)));
        search.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ToList())
            .Should().ContainSingle().Which.Should().Equal("waste-environmental", "legal");
    }

    [Fact]
    public async Task UploadPage_Metadata_OffersTaxonomyDropDowns()
    {
        using var librarian = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);
        var html = await librarian.GetStringAsync(new Uri("/upload", UriKind.Relative));

        html.Should().Contain("<select id=\"m-category\" name=\"category\"").And.Contain("<option value=\"legal\">");
        html.Should().Contain("<select id=\"m-model\" name=\"model\"").And.Contain("<option value=\"lead-authority\">");
        html.Should().Contain("<select id=\"m-type\" name=\"type\"").And.Contain("<option value=\"mou\">");
        html.Should().Contain("<select id=\"m-powers\" name=\"powers\"").And.Contain("<option value=\"lga1972-s113\">");
        html.Should().NotContain("id=\"m-category\" name=\"category\" aria-describedby=\"m-category-hint\"></div>", "category is no longer free text");
    }

    private async Task<HttpResponseMessage> PostAsync(MultipartFormDataContent form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.App.LibrarianToken);
        return await fixture.App.Client.SendAsync(request);
    }

    private static ByteArrayContent Text(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        return content;
    }
}
