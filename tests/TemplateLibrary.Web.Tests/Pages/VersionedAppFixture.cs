using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Pages;

/// <summary>A data sharing agreement template and its edited copy (the CLI tests' TestData/versions) uploaded to an app of
/// their own, so the shared test library's counts stay as they are; one app for the tests of a class, which only read it.</summary>
public sealed class VersionedAppFixture : IAsyncLifetime
{
    private RunningApp? _app;

    public RunningApp App => _app ?? throw new InvalidOperationException("the app has not started");

    /// <summary>The edited copy, the current version.</summary>
    public string CurrentId { get; private set; } = "";

    /// <summary>The original template, the earlier version.</summary>
    public string EarlierId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _app = await RunningApp.StartAsync();
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "data-sharing-agreement-template.docx", "data-sharing-agreement-template-v2-revised.docx" })
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "versions", name)));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            form.Add(file, "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _app.LibrarianToken);
        using var response = await _app.Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = report.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("id").GetString()!);
        CurrentId = ids["data-sharing-agreement-template-v2-revised.docx"];
        EarlierId = ids["data-sharing-agreement-template.docx"];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
