using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TemplateLibrary.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class PartnershipMapBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task MapPage_FilterByServiceOpenCouncilReachDocument_WithNoRequestOffTheServer()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? "");

        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        var offServer = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host is "127.0.0.1" or "localhost")
            {
                await route.ContinueAsync();
            }
            else
            {
                offServer.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });

        await page.GotoAsync("/partnerships/map");
        await page.GetByLabel("Service").SelectOptionAsync("legal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(LegalFilter());
        (await page.Locator("svg.map a.map-council").CountAsync()).Should().Be(1, "of the legal arrangement's councils only Northmere has a point");
        (await page.Locator("table.map-table tbody tr").CountAsync()).Should().Be(2, "the table lists Southvale too");

        await page.Locator("svg.map a.map-council").ClickAsync();
        await page.WaitForURLAsync(CouncilPath());
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Northmere District Council");
        await page.Locator(".arrangement .documents a").First.ClickAsync();
        await page.WaitForURLAsync(DocumentPath());

        offServer.Should().BeEmpty("the map is drawn from the server's own data, no tiles or fonts fetched");
        problems.Should().BeEmpty("the pages run without script errors or CSP violations");
    }

    [GeneratedRegex("/partnerships/map\\?category=legal")]
    private static partial Regex LegalFilter();

    [GeneratedRegex("/councils/Northmere")]
    private static partial Regex CouncilPath();

    [GeneratedRegex("/documents/[^/?#]+$")]
    private static partial Regex DocumentPath();
}
