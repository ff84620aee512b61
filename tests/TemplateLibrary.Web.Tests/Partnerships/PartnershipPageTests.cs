using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Partnerships;

public sealed partial class PartnershipPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string NorthmereUrl = "/councils/Northmere%20District%20Council";

    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task PartnershipsPage_ServiceFilter_ListsTheArrangementWithItsDocumentsAndCheckedFacet()
    {
        var html = await Client.GetStringAsync(new Uri("/partnerships?category=legal", UriKind.Relative));

        html.Should().Contain("Legal: Northmere, Southvale");
        html.Should().Contain("name=\"category\" value=\"legal\" checked");
        html.Should().Contain("href=\"" + NorthmereUrl + "\"");
        html.Should().Contain("Shared legal service MOU").And.Contain("Legal services delegation agreement");
        html.Should().NotContain("Joint ICT committee agreement");
    }

    [Fact]
    public async Task CouncilPage_KnownCouncil_ListsItsArrangementsAndLeadsToADocument()
    {
        var html = await Client.GetStringAsync(new Uri(NorthmereUrl, UriKind.Relative));

        html.Should().Contain("<h1>Northmere District Council</h1>");
        html.Should().Contain("Legal: Northmere, Southvale").And.Contain("ICT &amp; Digital: Northmere, Westbrook");
        var document = DocumentLink().Match(html);
        document.Success.Should().BeTrue();
        using var response = await Client.GetAsync(new Uri(WebUtility.HtmlDecode(document.Groups[1].Value), UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PartnershipsApi_VehicleFilter_ReturnsTheJointCommitteeWithItsPartnerBody()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/partnerships?model=joint-committee", UriKind.Relative)));

        json.RootElement.GetProperty("total").GetInt32().Should().Be(1);
        var item = json.RootElement.GetProperty("items")[0];
        item.GetProperty("category").GetString().Should().Be("ict-digital");
        item.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()).Should().Contain("NHS Northmere ICB");
        using var one = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/partnerships/" + item.GetProperty("id").GetString(), UriKind.Relative)));
        one.RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task CouncilPageAndApi_UnknownName_NotFound()
    {
        using var page = await Client.GetAsync(new Uri("/councils/Nowhere%20Parish%20Meeting", UriKind.Relative));
        using var api = await Client.GetAsync(new Uri("/api/councils/Nowhere%20Parish%20Meeting", UriKind.Relative));

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Nowhere Parish Meeting");
        api.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MapPage_ServiceFilter_DrawsTheCouncilsWithNumbersAndATableWithoutFetchingAnything()
    {
        var html = await Client.GetStringAsync(new Uri("/partnerships/map?category=legal", UriKind.Relative));

        html.Should().Contain("<svg class=\"map\"").And.Contain("<path ");
        html.Should().Contain("<a href=\"" + NorthmereUrl + "\" class=\"map-council\"><title>Northmere District Council: 1 arrangement</title>");
        html.Should().Contain("<option value=\"legal\" selected>");
        html.Should().Contain("<td><a href=\"" + NorthmereUrl + "\">Northmere District Council</a></td><td>sample</td><td>1</td>");
        html.Should().Contain("(1 without a point on the map)", "Southvale is tagged as a council but is in no data file");
        html.Should().NotContain("Westbrook", "the ICT arrangement is not a legal one");
        html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal).Should().NotContain("http://").And.NotContain("https://");
    }

    [GeneratedRegex("<a href=\"(/documents/[^\"]+)\">")]
    private static partial Regex DocumentLink();
}
