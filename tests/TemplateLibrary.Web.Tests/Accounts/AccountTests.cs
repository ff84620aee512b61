using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Accounts;

public sealed class AccountTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task UploadPage_Anonymous_RedirectsToSignIn()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync(new Uri("/upload", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/signin?ReturnUrl=%2Fupload");
    }

    [Fact]
    public async Task UploadPage_Reader_IsForbidden()
    {
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);

        using var get = await reader.GetAsync(new Uri("/upload", UriKind.Relative));
        using var post = await reader.PostAsync(new Uri("/upload", UriKind.Relative), new MultipartFormDataContent { { new StringContent("x"), "files", "a.md" } });

        get.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UploadApi_ReaderToken_IsForbiddenAndLibrarianCookieIsNotEnough()
    {
        using var readerRequest = UploadRequest();
        readerRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", App.ReaderToken);
        using var reader = await App.Client.SendAsync(readerRequest);

        // A cookie session is for the pages, where forms carry antiforgery tokens; the API takes only tokens.
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        using var cookieRequest = UploadRequest();
        using var cookie = await librarian.SendAsync(cookieRequest);

        reader.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        cookie.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_ForgedOrReplayedAntiforgeryToken_IsRefused()
    {
        using var first = App.NewClient();
        var (field, token) = await RunningApp.FormTokenAsync(first, "/signin");
        using var other = App.NewClient();

        // Forged: made up. Replayed: a real token from another client's session, without its cookie.
        using var forged = await other.PostAsync(new Uri("/signin", UriKind.Relative), Form(field, "CfDJ8forged", RunningApp.LibrarianName, RunningApp.Password));
        using var replayed = await other.PostAsync(new Uri("/signin", UriKind.Relative), Form(field, token, RunningApp.LibrarianName, RunningApp.Password));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        replayed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        foreach (var response in new[] { forged, replayed })
        {
            (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should().NotContain(c => c.StartsWith("templib.auth=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task UploadForm_LibrarianWithAReaderToken_IsRefused()
    {
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);
        var (field, readerToken) = await RunningApp.FormTokenAsync(reader, "/signin");
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(readerToken), field },
            { new ByteArrayContent("# Replayed\n\nA token from another account's session."u8.ToArray()), "files", "replayed.md" },
        };

        using var response = await librarian.PostAsync(new Uri("/upload", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Upload report");
    }

    [Fact]
    public async Task Accounts_AtRest_KeepNoPasswordOrToken()
    {
        var database = ((LibraryIndex)App.Services.GetService(typeof(LibraryIndex))!).DatabasePath;
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT group_concat(password_hash || ' ' || token_hash, ' ') FROM accounts";

        var stored = (string)(await select.ExecuteScalarAsync())!;

        stored.Should().NotContain(RunningApp.Password).And.NotContain(App.LibrarianToken).And.NotContain(App.ReaderToken);
        stored.Should().Contain("AQAAAA", "ASP.NET Core's PasswordHasher v3 format");
    }

    [Fact]
    public async Task SignIn_TooManyFailures_Is429AndEvenTheRightPasswordWaits()
    {
        await using var app = await RunningApp.StartAsync(failedSignInsPerMinute: 3);
        using var client = app.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await RunningApp.SignInAsync(client, RunningApp.LibrarianName, "wrong password " + i);
            statuses.Add(response.StatusCode);
        }

        using var right = await RunningApp.SignInAsync(client, RunningApp.LibrarianName, RunningApp.Password);
        using var tokenRequest = UploadRequest();
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.LibrarianToken);
        using var token = await app.Client.SendAsync(tokenRequest);

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        right.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        token.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "token attempts from the same address share the limit");
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsTheSessionAndShowsWhoIsSignedIn()
    {
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);

        var page = await librarian.GetStringAsync(new Uri("/signin", UriKind.Relative));

        page.Should().Contain("You are signed in as <strong>lib.one</strong> (librarian)").And.Contain("action=\"/signout\"");
    }

    private static HttpRequestMessage UploadRequest() => new(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
    {
        Content = new MultipartFormDataContent { { new ByteArrayContent("# Note\n\nText."u8.ToArray()), "files", "note.md" } },
    };

    private static FormUrlEncodedContent Form(string field, string token, string name, string password) =>
        new(new Dictionary<string, string> { [field] = token, ["name"] = name, ["password"] = password });
}
