using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TemplateLibrary.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class ClauseBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ClausesPage_SearchPickTwoAndCompare_ShowsThemSideBySideWithDifferencesMarked()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? "");

        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync("/clauses");
        await page.GetByLabel("Words in the clause").FillAsync("council");
        await page.GetByLabel("Words in the clause").PressAsync("Enter");
        await page.WaitForURLAsync(CouncilQuery());
        var kindTicked = page.WaitForURLAsync(CostSharing());
        await page.Locator("#facet-kind input[value=\"cost-sharing\"]").ClickAsync();
        await kindTicked;

        var hits = page.Locator(".clause-hit");
        (await hits.CountAsync()).Should().BeGreaterThanOrEqualTo(2, "the agreements' costs and charges clauses name the councils");
        (await page.Locator(".clause-hit .pill-kind").AllTextContentsAsync()).Should().OnlyContain(k => k == "Cost sharing and financial contributions");
        await hits.Nth(0).GetByLabel("Compare").CheckAsync();
        await hits.Nth(1).GetByLabel("Compare").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected clauses" }).ClickAsync();
        await page.WaitForURLAsync(ComparePath());

        var columns = page.Locator(".compare-column");
        (await columns.CountAsync()).Should().Be(2);
        var marked = await page.Locator(".compare-column mark.diff").AllTextContentsAsync();
        marked.Should().NotBeEmpty("the two clauses are worded differently");
        var plain = await page.Locator(".compare-text").AllInnerTextsAsync();
        plain.Should().HaveCount(2).And.OnlyContain(t => t.Contains("council", StringComparison.OrdinalIgnoreCase));
        var links = await columns.Locator("h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        links.Should().OnlyContain(href => href.StartsWith("/documents/", StringComparison.Ordinal) && href.Contains('#', StringComparison.Ordinal));

        await columns.Nth(0).Locator("h2 a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/documents/[^#]+#.+"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        (await page.Locator($"#{anchor}").CountAsync()).Should().Be(1, "the clause's anchor is in the document text");
        (await page.Locator($".clause-outline a[href='#{anchor}']").CountAsync()).Should().Be(1, "the outline links to the clause");
        problems.Should().BeEmpty("the pages run without script errors or CSP violations");
    }

    [GeneratedRegex("q=council")]
    private static partial Regex CouncilQuery();

    [GeneratedRegex("kind=cost-sharing")]
    private static partial Regex CostSharing();

    [GeneratedRegex("/clauses/compare\\?")]
    private static partial Regex ComparePath();
}
