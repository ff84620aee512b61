using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Browser;

public sealed partial class LibrarianBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Librarian_CorrectsFromTheQueueRemovesAndRestores_AllThreeOnTheAuditPageWithTheirName()
    {
        Assert.SkipUnless(fixture.SkipReason is null, fixture.SkipReason ?? "");
        var app = fixture.App!;
        var marker = Guid.NewGuid().ToString("N")[..8];
        var queued = await app.UploadAsync($"browser-{marker}.md", RunningApp.UncertainNote(marker));
        var removedId = await FirstIdAsync(app, "revenues");
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);

        // Signing in and correcting are done from the keyboard: labelled fields, Enter on real buttons.
        await page.GotoAsync("/signin");
        await page.GetByLabel("Name").FillAsync(RunningApp.LibrarianName);
        await page.GetByLabel("Password").FillAsync(RunningApp.Password);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/review");
        await page.GetByLabel($"Service category of Working notes {marker}").SelectOptionAsync("ict-digital");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Correct Service category of Working notes {marker}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(SavedUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved your change to Working notes {marker}");
        await Assertions.Expect(page.GetByLabel($"Service category of Working notes {marker}")).ToHaveCountAsync(0);

        await page.GotoAsync($"/documents/{removedId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove this document" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"This document was removed by {RunningApp.LibrarianName}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Shared revenues and benefits business case");
        var restoredId = Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath["/documents/".Length..]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await page.GetByLabel("User").FillAsync(RunningApp.LibrarianName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("user=lib.one", StringComparison.Ordinal));
        var rows = await page.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.cells].map(c => c.textContent))");
        var entries = rows.Select(r => (User: r[1], Action: r[2], Target: r[3], Before: r[4], After: r[5])).ToList();

        entries.Should().Contain((RunningApp.LibrarianName, "retag", queued, "category: legal", "category: ict-digital"));
        entries.Should().Contain(e => e.User == RunningApp.LibrarianName && e.Action == "remove" && e.Target == removedId);
        entries.Should().Contain(e => e.User == RunningApp.LibrarianName && e.Action == "restore" && e.Target == restoredId);
        problems.Should().BeEmpty("the pages work under the strict CSP without script errors");
    }

    private static async Task<string> FirstIdAsync(RunningApp app, string query)
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("/api/search?q=" + query, UriKind.Relative)));
        return json.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
    }

    [GeneratedRegex(@"/review\?saved=")]
    private static partial Regex SavedUrl();
}
