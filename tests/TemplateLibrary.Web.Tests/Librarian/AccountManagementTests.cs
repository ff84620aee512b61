using System.Net;
using System.Net.Http.Headers;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Librarian;

public sealed class AccountManagementTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task AccountsPage_Admin_ListsEveryAccountWithLabelledForms()
    {
        using var admin = await App.SignedInClientAsync(RunningApp.AdminName);

        var page = await admin.GetStringAsync(new Uri("/accounts", UriKind.Relative));

        page.Should().Contain("<th scope=\"row\">lib.one</th><td>librarian</td>").And.Contain("<th scope=\"row\">reader.one</th><td>reader</td>");
        page.Should().Contain("action=\"/accounts/reader.one/remove\"").And.NotContain("action=\"/accounts/admin.one/remove\"", "an administrator cannot remove their own account");
        page.Should().Contain("<label for=\"new-name\">Name</label>").And.Contain("<label for=\"new-role\">Role</label>").And.Contain("<label for=\"new-password\">Password</label>");
    }

    [Fact]
    public async Task AccountsPage_LibrarianOrReader_IsForbidden()
    {
        using var librarian = await App.SignedInClientAsync(RunningApp.LibrarianName);
        using var reader = await App.SignedInClientAsync(RunningApp.ReaderName);

        using var asLibrarian = await librarian.GetAsync(new Uri("/accounts", UriKind.Relative));
        using var asReader = await reader.GetAsync(new Uri("/accounts", UriKind.Relative));

        asLibrarian.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        asReader.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AddResetTokenRemove_Admin_EachWorksAndIsAuditedWithTheAdmin()
    {
        var name = "new." + Guid.NewGuid().ToString("N")[..6];
        using var admin = await App.SignedInClientAsync(RunningApp.AdminName);

        using var added = await RunningApp.PostFormAsync(admin, "/accounts", new Dictionary<string, string> { ["name"] = name, ["role"] = "librarian", ["password"] = "first password 1" });
        using var reset = await RunningApp.PostFormAsync(admin, $"/accounts/{name}/reset", new Dictionary<string, string> { ["password"] = "second password 2" });
        using var signInNew = await RunningApp.SignInAsync(App.NewClient(), name, "second password 2");
        using var issued = await RunningApp.PostFormAsync(admin, $"/accounts/{name}/token");
        var token = System.Text.RegularExpressions.Regex.Match(await issued.Content.ReadAsStringAsync(), "value=\"(tl_[0-9a-f]+)\"").Groups[1].Value;
        using var withToken = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/audit?limit=1", UriKind.Relative));
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var tokenWorks = await App.Client.SendAsync(withToken);
        using var removed = await RunningApp.PostFormAsync(admin, $"/accounts/{name}/remove");
        using var signInRemoved = await RunningApp.SignInAsync(App.NewClient(), name, "second password 2");

        added.StatusCode.Should().Be(HttpStatusCode.OK);
        (await added.Content.ReadAsStringAsync()).Should().Contain($"Added {name} (librarian).");
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        signInNew.StatusCode.Should().Be(HttpStatusCode.Redirect, "the new password signs in");
        token.Should().NotBeEmpty("the new token is shown once");
        tokenWorks.StatusCode.Should().Be(HttpStatusCode.OK);
        removed.StatusCode.Should().Be(HttpStatusCode.OK);
        signInRemoved.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var audit = (AuditLog)App.Services.GetService(typeof(AuditLog))!;
        audit.List(target: name).Select(e => (e.User, e.Action)).Should().Equal(
            (RunningApp.AdminName, AuditActions.AccountRemove),
            (RunningApp.AdminName, AuditActions.AccountToken),
            (RunningApp.AdminName, AuditActions.AccountReset),
            (RunningApp.AdminName, AuditActions.AccountAdd));
    }

    [Fact]
    public async Task Add_ShortPasswordOrTakenName_Is400WithTheReasonAndNoAccount()
    {
        using var admin = await App.SignedInClientAsync(RunningApp.AdminName);

        using var shortPassword = await RunningApp.PostFormAsync(admin, "/accounts", new Dictionary<string, string> { ["name"] = "shorty", ["role"] = "reader", ["password"] = "short" });
        using var taken = await RunningApp.PostFormAsync(admin, "/accounts", new Dictionary<string, string> { ["name"] = RunningApp.ReaderName, ["role"] = "admin", ["password"] = "long enough password" });

        shortPassword.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await shortPassword.Content.ReadAsStringAsync()).Should().Contain("the password must have at least 10 characters");
        taken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await taken.Content.ReadAsStringAsync()).Should().Contain("already exists");
        var accounts = (TemplateLibrary.Web.Accounts.AccountStore)App.Services.GetService(typeof(TemplateLibrary.Web.Accounts.AccountStore))!;
        accounts.List().Should().NotContain(a => a.Name == "shorty").And.Contain(a => a.Name == RunningApp.ReaderName && a.Role == "reader");
    }

    [Fact]
    public async Task Remove_OwnAccount_IsRefused()
    {
        using var admin = await App.SignedInClientAsync(RunningApp.AdminName);

        using var response = await RunningApp.PostFormAsync(admin, $"/accounts/{RunningApp.AdminName}/remove");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("You cannot remove your own account");
    }
}
