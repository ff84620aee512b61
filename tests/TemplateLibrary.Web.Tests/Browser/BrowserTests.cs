using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TemplateLibrary.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class BrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SearchPage_TickAndUntickFacet_ResultsAndCountsChange()
    {
        SkipWithoutBrowser();

        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync("/?q=council");
        var before = await ResultCountAsync(page);
        var modelCountsBefore = await page.Locator("#facet-model .count").AllTextContentsAsync();

        // A click submits the form at once, so wait for the new URL rather than re-checking the box's state.
        var ticked = page.WaitForURLAsync(LegalFilter());
        await page.Locator("#facet-category input[value=\"legal\"]").ClickAsync();
        await ticked;

        (await page.EvaluateAsync<string>("() => document.activeElement.value")).Should().Be("legal", "the ticked box keeps the focus after the reload");
        var filtered = await ResultCountAsync(page);
        filtered.Should().BeGreaterThan(0).And.BeLessThan(before);
        (await page.Locator("#facet-model .count").AllTextContentsAsync()).Should().NotEqual(modelCountsBefore);
        (await page.Locator(".hit").CountAsync()).Should().Be(filtered);
        await Assertions.Expect(page.Locator(".chip")).ToContainTextAsync("Legal");

        await Assertions.Expect(page.Locator("#facet-category input[value=\"legal\"]")).ToBeCheckedAsync();
        // Wait from before the click, so a reload that finishes first cannot be missed.
        var unticked = page.WaitForURLAsync(url => !LegalFilter().IsMatch(url));
        await page.Locator("#facet-category input[value=\"legal\"]").ClickAsync();
        await unticked;

        (await ResultCountAsync(page)).Should().Be(before);
        problems.Should().BeEmpty("the page runs without script errors or CSP violations");
    }

    [Fact]
    public async Task DocumentPage_OpenFromResultsAndDownload_GivesTheOriginalFile()
    {
        SkipWithoutBrowser();

        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync("/");
        await page.GetByLabel("Search templates").FillAsync("memorandum");
        await page.GetByLabel("Search templates").PressAsync("Enter");
        await page.WaitForURLAsync(MemorandumQuery());

        await page.Locator(".hit-title a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Shared legal service MOU");
        var marked = await page.Locator(".document-text mark").AllTextContentsAsync();
        marked.Should().Contain(m => m.Equals("memorandum", StringComparison.OrdinalIgnoreCase));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the original" }).ClickAsync());
        download.SuggestedFilename.Should().Be("legal-mou-northmere.md");
        var saved = Path.Combine(fixture.App!.Root, "downloaded.md");
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).Should().Equal(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "library", "legal-mou-northmere.md")));
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task SearchBox_Typing_OffersSuggestions()
    {
        SkipWithoutBrowser();

        var page = await fixture.NewPageAsync([]);
        await page.GotoAsync("/");

        await page.Locator("#q").PressSequentiallyAsync("deleg", new() { Delay = 30 });

        // Answers for "de", "del", "dele" may arrive first; the list settles on the answer for what is typed.
        await page.WaitForFunctionAsync("() => { const o = [...document.querySelectorAll('#q-suggestions option')]; return o.length > 0 && o.every(x => x.value.toLowerCase().includes('deleg')); }", null, new() { Timeout = 10_000 });
        var values = await page.Locator("#q-suggestions option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        values.Should().OnlyContain(v => v.Contains("deleg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SearchPage_Keyboard_FirstTabReachesSkipLink()
    {
        SkipWithoutBrowser();

        var page = await fixture.NewPageAsync([]);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Should().Be("Skip to main content");
    }

    private void SkipWithoutBrowser() => Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? "");

    private static async Task<int> ResultCountAsync(IPage page)
    {
        var text = await page.Locator(".result-count").TextContentAsync() ?? "";
        var match = Number().Match(text.Replace(",", "", StringComparison.Ordinal));
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex("category=legal")]
    private static partial Regex LegalFilter();

    [GeneratedRegex("q=memorandum")]
    private static partial Regex MemorandumQuery();
}
