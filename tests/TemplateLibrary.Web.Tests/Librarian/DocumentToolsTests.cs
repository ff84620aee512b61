using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Librarian;

public sealed class DocumentToolsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task DocumentPage_Librarian_HasTheCorrectionAndRemoveFormsWithCurrentValuesChosen()
    {
        var id = await FirstIdAsync("revenues");
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        var page = await librarian.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        page.Should().Contain($"action=\"/documents/{id}/retag\"").And.Contain($"action=\"/documents/{id}/remove\"");
        page.Should().Contain("<label for=\"retag-category\">Service category</label>").And.Contain("<option value=\"revenues-benefits\" selected>");
        page.Should().Contain("<option value=\"business-case\" selected>").And.Contain("<button type=\"submit\" class=\"button\" aria-describedby=\"remove-hint\">Remove this document</button>");
    }

    [Fact]
    public async Task DocumentPage_ReaderOrAnonymous_HasNoLibrarianForms()
    {
        var id = await FirstIdAsync("revenues");
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);

        var asReader = await reader.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var asNobody = await App.Client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        foreach (var page in new[] { asReader, asNobody })
        {
            page.Should().Contain("Tags and why", "the page itself is shown");
            page.Should().NotContain("/retag\"").And.NotContain("/remove\"").And.NotContain("__RequestVerificationToken").And.NotContain("librarian-heading");
        }
    }

    [Fact]
    public async Task Retag_ChangedFacetsOnly_AreCorrectedAndAudited()
    {
        var id = await FirstIdAsync("waste");
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        // The form posts every facet; only the model differs from what is in effect.
        using var response = await PostAsync(librarian, $"/documents/{id}/retag", [("category", "waste-environmental"), ("model", "joint-venture"), ("type", "case-study")]);
        using var details = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var tags = details.RootElement.GetProperty("document").GetProperty("effectiveTags").EnumerateArray()
            .Select(t => (Facet: t.GetProperty("facet").GetString(), Value: t.GetProperty("value").GetString(), Source: t.GetProperty("source").GetString())).ToList();
        tags.Should().Contain(("model", "joint-venture", "librarian")).And.Contain(("category", "waste-environmental", "manifest"));
        var entry = Audit().List(target: id, action: AuditActions.Retag).Should().ContainSingle().Subject;
        entry.User.Should().Be(RunningApp.LibrarianName);
        entry.Before.Should().Be("model: teckal-company");
        entry.After.Should().Be("model: joint-venture");
    }

    [Fact]
    public async Task RemovedDocument_Librarian_SeesWhoRemovedItAndARestoreButton_ReaderSeesNotFound()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await App.UploadAsync($"removed-{marker}.md", $"# Removed note {marker}\n\nA note about shared procurement that is removed.");
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);

        using var removed = await PostAsync(librarian, $"/documents/{id}/remove", []);
        using var asLibrarian = await librarian.GetAsync(removed.Headers.Location!);
        using var asReader = await reader.GetAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var queue = await librarian.GetStringAsync(new Uri("/review", UriKind.Relative));

        asLibrarian.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await asLibrarian.Content.ReadAsStringAsync();
        page.Should().Contain("This document was removed by <strong>lib.one</strong>").And.Contain($"action=\"/documents/{id}/restore\"");
        asReader.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await asReader.Content.ReadAsStringAsync()).Should().NotContain("/restore\"");
        queue.Should().Contain($"Removed note {marker}").And.Contain($"action=\"/documents/{id}/restore\"");
    }

    private AuditLog Audit() => (AuditLog)App.Services.GetService(typeof(AuditLog))!;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, (string Name, string Value)[] fields)
    {
        var (field, token) = await RunningApp.FormTokenAsync(client, "/signin");
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>(field, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private async Task<string> FirstIdAsync(string query)
    {
        using var json = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri("/api/search?q=" + query, UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }
}
