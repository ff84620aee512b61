using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Pages;

/// <summary>A data sharing agreement template and its edited copy (the CLI tests' TestData/versions) uploaded to an app of
/// their own, so the shared test library's counts stay as they are.</summary>
public sealed class VersionPageTests : IAsyncLifetime
{
    private RunningApp? app;
    private string currentId = "";
    private string earlierId = "";

    private HttpClient Client => app!.Client;

    public async ValueTask InitializeAsync()
    {
        app = await RunningApp.StartAsync();
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "data-sharing-agreement-template.docx", "data-sharing-agreement-template-v2-revised.docx" })
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "versions", name)));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            form.Add(file, "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.LibrarianToken);
        using var response = await Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = report.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("id").GetString()!);
        currentId = ids["data-sharing-agreement-template-v2-revised.docx"];
        earlierId = ids["data-sharing-agreement-template.docx"];
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task SearchApi_DefaultAndVersionsAll_ShowTheCurrentVersionOrBoth()
    {
        using var current = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=data+sharing+agreement", UriKind.Relative)));
        using var all = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=data+sharing+agreement&versions=all", UriKind.Relative)));

        var ids = current.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        ids.Should().Contain(currentId).And.NotContain(earlierId);
        current.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == currentId)
            .GetProperty("earlierVersions").GetInt32().Should().Be(1);
        all.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain([currentId, earlierId]);
        all.RootElement.GetProperty("total").GetInt32().Should().Be(current.RootElement.GetProperty("total").GetInt32() + 1);
    }

    [Fact]
    public async Task SearchPage_Default_ShowsEarlierVersionsLinkAndVersionsFacet()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=data+sharing+agreement", UriKind.Relative));

        html.Should().Contain("1 earlier version").And.Contain("id=\"facet-versions\"").And.Contain("name=\"versions\" value=\"all\"");
    }

    [Fact]
    public async Task SearchPage_UnknownVersionsValue_Is400()
    {
        using var response = await Client.GetAsync(new Uri("/?q=data&versions=some", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DocumentPage_CurrentVersion_ListsVersionsWithTheDiffMarked()
    {
        var html = await Client.GetStringAsync(new Uri("/documents/" + currentId, UriKind.Relative));

        html.Should().Contain("Versions (2)").And.Contain("Current").And.Contain("<ins>").And.Contain("<del>two</del>");
    }
}
