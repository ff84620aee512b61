using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Librarian;

/// <summary>Every write route of the pages refuses an anonymous user, a reader (and a librarian where an administrator is needed),
/// and the right role with a forged or a replayed antiforgery token; none of them changes anything.</summary>
public sealed class WriteRouteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Target = "{doc}";

    // Each route with the fields a real form sends and whether it needs an administrator.
    private static readonly Dictionary<string, (string[] Fields, bool Admin)> Routes = new(StringComparer.Ordinal)
    {
        ["/review/accept"] = (["id=" + Target, "facet=category"], false),
        ["/review/correct"] = (["id=" + Target, "facet=category", "value=ict-digital"], false),
        ["/documents/" + Target + "/retag"] = (["model=joint-venture"], false),
        ["/documents/" + Target + "/remove"] = ([], false),
        ["/documents/" + Target + "/restore"] = ([], false),
        ["/upload"] = (["category=legal"], false),
        ["/partnerships/" + Target + "/correct"] = (["model=joint-venture"], false),
        ["/partnerships/" + Target + "/merge"] = (["other=" + Target], false),
        ["/accounts"] = (["name=intruder", "role=admin", "password=intruder password"], true),
        ["/accounts/" + RunningApp.ReaderName + "/remove"] = ([], true),
        ["/accounts/" + RunningApp.ReaderName + "/reset"] = (["password=taken over password"], true),
        ["/accounts/" + RunningApp.LibrarianName + "/token"] = ([], true),
    };

    public static TheoryData<string> AllRoutes => [.. Routes.Keys];

    public static TheoryData<string> AdminRoutes => [.. Routes.Where(r => r.Value.Admin).Select(r => r.Key)];

    private RunningApp App => fixture.App;

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task WriteRoute_Anonymous_IsSentToSignInAndChangesNothing(string route)
    {
        using var client = App.NewClient();
        var (field, token) = await RunningApp.FormTokenAsync(client, "/signin");

        var response = await PostUnchangedAsync(client, route, field, token);

        response.Should().Be(HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task WriteRoute_Reader_IsForbiddenAndChangesNothing(string route)
    {
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);
        var (field, token) = await RunningApp.FormTokenAsync(reader, "/signin");

        var response = await PostUnchangedAsync(reader, route, field, token);

        response.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AccountRoute_Librarian_IsForbiddenAndChangesNothing(string route)
    {
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        var (field, token) = await RunningApp.FormTokenAsync(librarian, "/signin");

        var response = await PostUnchangedAsync(librarian, route, field, token);

        response.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task WriteRoute_RightRoleWithAForgedToken_IsRefusedAndChangesNothing(string route)
    {
        using var client = await App.SignedInClientAsync(Routes[route].Admin ? RunningApp.AdminName : RunningApp.LibrarianName);
        var (field, _) = await RunningApp.FormTokenAsync(client, "/signin");

        var response = await PostUnchangedAsync(client, route, field, "CfDJ8forged-token-made-up-by-another-site");

        response.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task WriteRoute_RightRoleReplayingAnotherSessionsToken_IsRefusedAndChangesNothing(string route)
    {
        // A real token, but issued to another session (a reader's), sent with the right account's cookie.
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);
        var (field, readerToken) = await RunningApp.FormTokenAsync(reader, "/signin");
        using var client = await App.SignedInClientAsync(Routes[route].Admin ? RunningApp.AdminName : RunningApp.LibrarianName);

        var response = await PostUnchangedAsync(client, route, field, readerToken);

        response.Should().Be(HttpStatusCode.BadRequest);
    }

    // Posts the route's form and checks that nothing was written: no audit entry, the target document and the accounts as they were.
    private async Task<HttpStatusCode> PostUnchangedAsync(HttpClient client, string route, string field, string token)
    {
        var id = await TargetIdAsync();
        var audit = (AuditLog)App.Services.GetService(typeof(AuditLog))!;
        var accounts = (AccountStore)App.Services.GetService(typeof(AccountStore))!;
        var lastEntry = audit.List(limit: 1).FirstOrDefault()?.Id;
        var accountsBefore = accounts.List();
        var documentBefore = await App.Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative));

        using var content = new MultipartFormDataContent { { new StringContent(token), field } };
        foreach (var pair in Routes[route].Fields)
        {
            var parts = pair.Replace(Target, id, StringComparison.Ordinal).Split('=', 2);
            content.Add(new StringContent(parts[1]), parts[0]);
        }

        content.Add(new ByteArrayContent("# Sneaked in\n\nA file that must not be ingested."u8.ToArray()), "files", "sneaked.md");
        using var response = await client.PostAsync(new Uri(route.Replace(Target, Uri.EscapeDataString(id), StringComparison.Ordinal), UriKind.Relative), content);

        var lastAfter = audit.List(limit: 1).FirstOrDefault()?.Id;
        lastAfter.Should().Be(lastEntry, $"{route} must record nothing");
        accounts.List().Should().BeEquivalentTo(accountsBefore, $"{route} must not change an account");
        (await App.Client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative))).Should().Be(documentBefore, $"{route} must not change the document");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.OriginalString.Should().Contain("/signin?ReturnUrl=");
        }

        return response.StatusCode;
    }

    private async Task<string> TargetIdAsync()
    {
        using var json = JsonDocument.Parse(await App.Client.GetStringAsync(new Uri("/api/search?q=revenues", UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }
}
