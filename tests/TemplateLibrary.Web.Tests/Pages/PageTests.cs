using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Pages;

public sealed class PageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task SearchPage_Query_ListsResultsWithFacetCheckboxesInAGetForm()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=legal", UriKind.Relative));

        html.Should().Contain("<form class=\"search-form\" method=\"get\" action=\"/\"");
        html.Should().Contain("name=\"q\"").And.Contain("value=\"legal\"");
        html.Should().Contain("type=\"checkbox\"").And.Contain("name=\"category\" value=\"legal\"");
        html.Should().Contain("<mark>");
        html.Should().Contain("aria-live=\"polite\"");
        html.Should().NotContain("<script>").And.NotContain("style=");
    }

    [Fact]
    public async Task SearchPage_Results_LinkToTheExportsOfTheSameSearchAndOfTheWholeLibrary()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=council&category=legal&offset=20", UriKind.Relative));

        html.Should().Contain("href=\"/api/export?q=council&amp;category=legal&amp;format=csv\"")
            .And.Contain("href=\"/api/export?q=council&amp;category=legal&amp;format=json\"")
            .And.Contain("href=\"/api/export?q=council&amp;category=legal&amp;format=zip\"");
        html.Should().Contain("href=\"/api/export?versions=all&amp;format=csv\"").And.Contain("href=\"/api/export?versions=all&amp;format=json\"");
    }

    [Fact]
    public async Task SearchPage_SelectedFilter_ShowsRemovableChipAndClearAll()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=council&category=legal&model=lead-authority", UriKind.Relative));

        html.Should().Contain("class=\"chip\" href=\"/?q=council&amp;model=lead-authority\"");
        html.Should().Contain("class=\"chip\" href=\"/?q=council&amp;category=legal\"");
        html.Should().Contain("href=\"/?q=council\" class=\"clear-all\"");
        html.Should().Contain("name=\"category\" value=\"legal\" checked");
    }

    [Fact]
    public async Task SearchPage_NoResults_SuggestsWhichFilterToDrop()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=waste&category=legal", UriKind.Relative));

        html.Should().Contain("No documents match");
        html.Should().Contain("Remove the filter Service category: Legal");
        html.Should().Contain("href=\"/?q=waste\"");
    }

    [Fact]
    public async Task SearchPage_QueryNamingADocumentType_OffersTheFilter()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=legal+MOU", UriKind.Relative));

        html.Should().Contain("Narrow to:");
        html.Should().Contain("href=\"/?q=legal%20MOU&amp;type=mou\" class=\"chip offer\">Document type: MOU");
    }

    [Fact]
    public async Task SearchPage_UnknownFilterValue_Is400ListingTheAllowedValues()
    {
        using var response = await Client.GetAsync(new Uri("/?q=legal&category=nonsense", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("unknown category &#x27;nonsense&#x27;: use legal, ict-digital").And.Contain("value=\"legal\"");
    }

    [Fact]
    public async Task SearchPage_MisspeltQuery_OffersTheSuggestion()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=legl", UriKind.Relative));

        html.Should().Contain("Did you mean <a href=\"/?q=legal\">legal</a>?");
    }

    [Fact]
    public async Task SearchPage_BadQuery_Is400WithTheReason()
    {
        using var response = await Client.GetAsync(new Uri("/?sort=sideways", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("sort must be relevance, date or title");
    }

    [Fact]
    public async Task SearchPage_ScriptInQuery_IsEncoded()
    {
        var probe = "<script>alert(\"q\")</script>\"><img src=x onerror=alert(1)>";

        var html = await Client.GetStringAsync(new Uri("/?q=" + Uri.EscapeDataString(probe), UriKind.Relative));

        html.Should().NotContain("<script>alert").And.NotContain("<img src=x");
        html.Should().Contain("&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt;");
    }

    [Fact]
    public async Task Pages_ScriptInDocumentTitleAndBody_IsEncoded()
    {
        var results = await Client.GetStringAsync(new Uri("/?q=customers", UriKind.Relative));
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=customers", UriKind.Relative)));
        var id = json.RootElement.GetProperty("results")[0].GetProperty("id").GetString();
        var page = await Client.GetStringAsync(new Uri($"/documents/{id}?q=customers", UriKind.Relative));

        foreach (var html in new[] { results, page })
        {
            html.Should().NotContain("<script>alert").And.NotContain("<img src=x");
            html.Should().Contain("&lt;script&gt;alert(");
        }

        json.RootElement.GetProperty("results")[0].GetProperty("snippet").GetString().Should().NotContain("<img");
    }

    [Fact]
    public async Task DocumentPage_Query_ShowsMetadataPowersOutlineMarkedTextAndDownload()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=memorandum", UriKind.Relative)));
        var id = json.RootElement.GetProperty("results")[0].GetProperty("id").GetString();

        var html = await Client.GetStringAsync(new Uri($"/documents/{id}?q=memorandum", UriKind.Relative));

        html.Should().Contain("<h1>Shared legal service MOU</h1>");
        html.Should().Contain($"href=\"/api/documents/{id}/file\"");
        html.Should().Contain("Statutory powers cited").And.Contain("s101 LGA 1972");
        html.Should().Contain("Outline").And.Contain("Governance");
        html.Should().Contain("<mark>memorandum</mark>");
        html.Should().Contain("Tags and why").And.Contain("<meter");
        html.Should().Contain("Similar documents");
    }

    [Fact]
    public async Task DocumentPage_PartnerBody_IsListedApartFromCouncilsAndLinksToItsFilter()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=partner:%22NHS%20Northmere%20ICB%22", UriKind.Relative)));
        var results = json.RootElement.GetProperty("results");
        results.GetArrayLength().Should().Be(1);
        var id = results[0].GetProperty("id").GetString();

        var html = await Client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        html.Should().Contain("<dt>Partner body</dt>").And.Contain("partner=NHS");
        html.Should().Contain("<dt>Council</dt>").And.Contain("Westbrook City Council");
    }

    [Fact]
    public async Task DocumentPage_Outline_LinksToHeadingsInTheText()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=memorandum", UriKind.Relative)));
        var id = json.RootElement.GetProperty("results")[0].GetProperty("id").GetString();

        var html = await Client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        var link = System.Text.RegularExpressions.Regex.Match(html, "<a href=\"#(h[0-9]+)\">Governance</a>");
        link.Success.Should().BeTrue("the outline links its headings");
        html.Should().Contain($"id=\"{link.Groups[1].Value}\">Governance</p>");
    }

    [Fact]
    public async Task BrowsePage_Matrix_LinksEachCellToTheSearch()
    {
        var html = await Client.GetStringAsync(new Uri("/browse", UriKind.Relative));

        html.Should().Contain("<table class=\"matrix\">");
        html.Should().Contain("href=\"/?category=legal&amp;model=lead-authority\"");
    }

    [Fact]
    public async Task StaticAssets_CssAndScript_AreServedLocally()
    {
        using var css = await Client.GetAsync(new Uri("/static/site.css", UriKind.Relative));
        using var js = await Client.GetAsync(new Uri("/static/site.js", UriKind.Relative));

        css.StatusCode.Should().Be(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        js.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await js.Content.ReadAsStringAsync()).Should().Contain("/api/suggest");
    }
}
