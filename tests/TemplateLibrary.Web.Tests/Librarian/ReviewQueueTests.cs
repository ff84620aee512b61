using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Librarian;

public sealed class ReviewQueueTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task ReviewPage_UncertainUpload_ListedWithItsGuessAndAForm()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await App.UploadAsync($"queued-{marker}.md", RunningApp.UncertainNote(marker));
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        var page = await librarian.GetStringAsync(new Uri("/review", UriKind.Relative));

        page.Should().Contain($"href=\"/documents/{id}\">Working notes {marker}</a>");
        page.Should().Contain("<label for=\"fix-").And.Contain($"Service category of Working notes {marker}");
        page.Should().Contain("action=\"/review/accept\"").And.Contain("action=\"/review/correct\"").And.Contain("name=\"__RequestVerificationToken\"");
    }

    [Fact]
    public async Task ReviewPage_TwoUploads_NewestFirst()
    {
        var first = Guid.NewGuid().ToString("N")[..8];
        var second = Guid.NewGuid().ToString("N")[..8];
        await App.UploadAsync($"older-{first}.md", RunningApp.UncertainNote(first));
        await App.UploadAsync($"newer-{second}.md", RunningApp.UncertainNote(second));
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        var page = await librarian.GetStringAsync(new Uri("/review", UriKind.Relative));

        page.IndexOf($"Working notes {second}", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf($"Working notes {first}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correct_FromTheQueue_SetsTheTagDropsTheRowAndIsAuditedWithTheUser()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await App.UploadAsync($"corrected-{marker}.md", RunningApp.UncertainNote(marker));
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        using var response = await RunningApp.PostFormAsync(librarian, "/review/correct", new Dictionary<string, string> { ["id"] = id, ["facet"] = "category", ["value"] = "ict-digital" });
        var queue = await librarian.GetStringAsync(response.Headers.Location!);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        queue.Should().Contain($"Saved your change to <strong>Working notes {marker}</strong>");
        queue.Should().NotContain($"Service category of Working notes {marker}", "a corrected facet leaves the queue");
        queue.Should().Contain($"Delivery model of Working notes {marker}", "the facets not corrected stay");
        (await CategoriesAsync(id)).Should().Equal("ict-digital");
        var entry = Audit().List(target: id, action: AuditActions.Retag).Should().ContainSingle().Subject;
        entry.User.Should().Be(RunningApp.LibrarianName);
        entry.Before.Should().Be("category: legal");
        entry.After.Should().Be("category: ict-digital");
    }

    [Fact]
    public async Task Accept_FromTheQueue_KeepsTheGuessAsTheLibrariansAndIsAudited()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await App.UploadAsync($"accepted-{marker}.md", RunningApp.UncertainNote(marker));
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        using var response = await RunningApp.PostFormAsync(librarian, "/review/accept", new Dictionary<string, string> { ["id"] = id, ["facet"] = "category" });
        var queue = await librarian.GetStringAsync(new Uri("/review", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        queue.Should().NotContain($"Service category of Working notes {marker}");
        (await CategoriesAsync(id)).Should().Equal("legal");
        using var details = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));
        details.RootElement.GetProperty("document").GetProperty("effectiveTags").EnumerateArray()
            .Single(t => t.GetProperty("facet").GetString() == "category").GetProperty("source").GetString().Should().Be("librarian");
        var entry = Audit().List(target: id, action: AuditActions.Accept).Should().ContainSingle().Subject;
        entry.User.Should().Be(RunningApp.LibrarianName);
        entry.After.Should().Be("category: legal");
    }

    [Fact]
    public async Task Correct_UnknownValue_Is400NamingTheAllowedValuesAndChangesNothing()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await App.UploadAsync($"refused-{marker}.md", RunningApp.UncertainNote(marker));
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        using var response = await RunningApp.PostFormAsync(librarian, "/review/correct", new Dictionary<string, string> { ["id"] = id, ["facet"] = "category", ["value"] = "nonsense" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("category &#x27;nonsense&#x27; is not a known value").And.Contain("ict-digital");
        (await CategoriesAsync(id)).Should().Equal("legal");
        Audit().List(target: id, action: AuditActions.Retag).Should().BeEmpty();
    }

    private AuditLog Audit() => (AuditLog)App.Services.GetService(typeof(AuditLog))!;

    private async Task<List<string>> CategoriesAsync(string id)
    {
        using var details = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));
        return [.. details.RootElement.GetProperty("document").GetProperty("effectiveTags").EnumerateArray()
            .Where(t => t.GetProperty("facet").GetString() == "category").Select(t => t.GetProperty("value").GetString()!)];
    }
}
