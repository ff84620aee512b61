using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Partnerships;

public sealed class ArrangementToolsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task ArrangementPage_LibrarianOrReader_FormsForTheLibrarianOnly()
    {
        var id = (await ArrangementsAsync()).First(a => a.Category == "legal").Id;
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);

        var asLibrarian = await librarian.GetStringAsync(new Uri($"/partnerships/{id}", UriKind.Relative));
        var asReader = await reader.GetStringAsync(new Uri($"/partnerships/{id}", UriKind.Relative));

        asLibrarian.Should().Contain($"action=\"/partnerships/{id}/correct\"").And.Contain($"action=\"/partnerships/{id}/merge\"")
            .And.Contain("<label for=\"arrangement-partners\">Partners</label>").And.Contain("__RequestVerificationToken");
        asReader.Should().Contain("<h1>Legal: ").And.NotContain("/correct\"").And.NotContain("/merge\"").And.NotContain("librarian-heading");
    }

    [Fact]
    public async Task Correct_PostedForm_VehicleStatusAndHostChangedAndAudited()
    {
        var legal = (await ArrangementsAsync()).First(a => a.Category == "legal");
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        var host = legal.Councils[0];

        using var response = await PostAsync(librarian, $"/partnerships/{legal.Id}/correct", [
            ("partners", string.Join('\n', legal.Councils.Select(c => c == host ? c + " = host" : c))), ("model", "joint-committee"), ("status", "dissolved"), ("start_year", "")]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var after = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri($"/api/partnerships/{legal.Id}", UriKind.Relative)));
        after.RootElement.GetProperty("model").GetString().Should().Be("joint-committee");
        after.RootElement.GetProperty("status").GetString().Should().Be("dissolved");
        after.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == host).GetProperty("role").GetString().Should().Be("host");
        var entry = Audit().List(target: legal.Id, action: AuditActions.ArrangementCorrect).Should().ContainSingle().Subject;
        entry.User.Should().Be(RunningApp.LibrarianName);
        entry.After.Should().Contain("vehicle: joint-committee").And.Contain(host + " = host");
    }

    [Fact]
    public async Task Correct_UnknownVehicle_RefusedAndNothingChanged()
    {
        var legal = (await ArrangementsAsync()).First(a => a.Category == "legal");
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        using var response = await PostAsync(librarian, $"/partnerships/{legal.Id}/correct", [("model", "flying-carpet")]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("flying-carpet");
    }

    [Fact]
    public async Task Merge_PostedForm_OneArrangementHoldsBothDocuments()
    {
        // The other tests of the class read or correct the legal arrangement, which keeps its id and service when another joins it.
        var all = await ArrangementsAsync();
        var others = new[] { all.First(a => a.Category == "legal"), all.First(a => a.Category != "legal") };
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        using var response = await PostAsync(librarian, $"/partnerships/{others[0].Id}/merge", [("other", others[1].Id)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var after = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri($"/api/partnerships/{others[0].Id}", UriKind.Relative)));
        after.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Contain(others[0].Documents).And.Contain(others[1].Documents);
        using var gone = await App.Client.GetAsync(new Uri($"/partnerships/{others[1].Id}", UriKind.Relative));
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        Audit().List(target: others[0].Id, action: AuditActions.ArrangementMerge).Should().ContainSingle();
    }

    private AuditLog Audit() => (AuditLog)App.Services.GetService(typeof(AuditLog))!;

    private async Task<List<(string Id, string Category, List<string> Councils, List<string> Documents)>> ArrangementsAsync()
    {
        using var json = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri("/api/partnerships?limit=1000", UriKind.Relative)));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(a => (
            a.GetProperty("id").GetString()!,
            a.GetProperty("category").GetString()!,
            a.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("isCouncil").GetBoolean()).Select(m => m.GetProperty("name").GetString()!).ToList(),
            a.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList()))];
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, (string Name, string Value)[] fields)
    {
        var (field, token) = await RunningApp.FormTokenAsync(client, "/signin");
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>(field, token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
