using System.Text.Json;
using System.Text.RegularExpressions;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Librarian;

public sealed partial class KeyboardTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/review", RunningApp.LibrarianName)]
    [InlineData("/accounts", RunningApp.AdminName)]
    [InlineData("/documents/{doc}", RunningApp.LibrarianName)]
    public async Task LibrarianPage_EveryControl_HasALabelAndActionsAreButtons(string url, string user)
    {
        await fixture.App.UploadAsync($"keyboard-{Guid.NewGuid():N}.md", RunningApp.UncertainNote(Guid.NewGuid().ToString("N")[..8]));
        using var client = await fixture.App.SignedInClientAsync(user);

        var page = await client.GetStringAsync(new Uri(url.Replace("{doc}", await FirstIdAsync(), StringComparison.Ordinal), UriKind.Relative));

        var controls = Control().Matches(page).Where(m => !m.Value.Contains("type=\"hidden\"", StringComparison.Ordinal)).ToList();
        controls.Should().NotBeEmpty();
        foreach (var control in controls)
        {
            var id = Id().Match(control.Value);
            id.Success.Should().BeTrue($"{control.Value} needs an id for its label");
            page.Should().Contain($"<label for=\"{id.Groups[1].Value}\"", $"{control.Value} needs a label");
        }

        Forms().Matches(page).Should().OnlyContain(f => f.Value.Contains("<button type=\"submit\"", StringComparison.Ordinal), "every form is sent with a real button");
        page.Should().NotContain("onclick").And.NotContain("role=\"button\"").And.NotContain("tabindex=\"1");
    }

    private async Task<string> FirstIdAsync()
    {
        using var json = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri("/api/search?q=legal", UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();
}
