using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TemplateLibrary.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class FillBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FillPage_FillPreviewAndDownload_GivesAFilledDocx()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? "");

        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync("/?q=monitoring+officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Shared head of legal s113 template" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Fill in this template" }).ClickAsync();
        await page.WaitForURLAsync(FillUrl());

        await page.GetByLabel("Employing Council", new() { Exact = true }).FillAsync("Northmere District Council");
        await page.GetByLabel("date", new() { Exact = true }).FillAsync("2026-04-01");
        (await page.GetByLabel("date", new() { Exact = true }).GetAttributeAsync("type")).Should().Be("date");
        (await page.Locator("#councils option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"))
            .Should().Contain("Northmere District Council", "council fields offer the library's councils");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".fill-preview")).ToContainTextAsync("THIS AGREEMENT is dated 1 April 2026");
        await Assertions.Expect(page.Locator(".fill-preview")).ToContainTextAsync("Northmere District Council of [address]");
        (await page.GetByLabel("Employing Council", new() { Exact = true }).InputValueAsync()).Should().Be("Northmere District Council", "the form keeps what was typed");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the filled DOCX" }).ClickAsync());
        download.SuggestedFilename.Should().Be("legal-s113-template-filled.docx");
        var saved = Path.Combine(fixture.App!.Root, "filled.docx");
        await download.SaveAsAsync(saved);
        using var archive = ZipFile.OpenRead(saved);
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        xml.Should().Contain("Northmere District Council").And.Contain("1 April 2026").And.Contain("[address]");
        xml.Should().NotContain("[Employing Council]").And.NotContain("[date]");
        problems.Should().BeEmpty("the page works under the strict CSP without script errors");
    }

    [GeneratedRegex(@"/documents/[^/]+/fill$")]
    private static partial Regex FillUrl();
}
