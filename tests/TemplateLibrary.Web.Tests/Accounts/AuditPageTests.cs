using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Accounts;

public sealed class AuditPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Audit_AfterAnUpload_ShowsItWithTheLibrarianAndFiltersByUser()
    {
        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("# Audited upload\n\nShared pest control between three districts."u8.ToArray()), "files", "audited.md" } },
        };
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.App.LibrarianToken);
        using var uploaded = await fixture.App.Client.SendAsync(upload);
        using var report = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync());
        var id = report.RootElement.GetProperty("files")[0].GetProperty("id").GetString()!;
        using var librarian = await fixture.App.SignedInClientAsync(RunningApp.LibrarianName);

        var page = await librarian.GetStringAsync(new Uri("/audit?user=lib.one&action=upload", UriKind.Relative));
        var other = await librarian.GetStringAsync(new Uri("/audit?user=someone.else", UriKind.Relative));

        page.Should().Contain("<td>lib.one</td><td>upload</td><td>" + id + "</td>").And.Contain("audited.md (added)");
        other.Should().Contain("Nothing recorded matches.");
    }

    [Fact]
    public async Task Audit_Reader_IsForbidden()
    {
        using var reader = await fixture.App.SignedInClientAsync(RunningApp.ReaderName);
        using var anonymous = fixture.App.NewClient();

        using var asReader = await reader.GetAsync(new Uri("/audit", UriKind.Relative));
        using var asNobody = await anonymous.GetAsync(new Uri("/audit", UriKind.Relative));

        asReader.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        asNobody.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
