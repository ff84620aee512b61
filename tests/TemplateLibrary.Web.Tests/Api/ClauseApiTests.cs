using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

public sealed class ClauseApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Clauses_KindAndModel_ReturnsClausesWithTheirDocumentAndKindCounts()
    {
        using var response = await Client.GetAsync(new Uri("/api/clauses?kind=cost-sharing&model=joint-committee", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = json.RootElement;
        var hit = root.GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        hit.GetProperty("documentTitle").GetString().Should().Be("Joint ICT committee agreement");
        hit.GetProperty("id").GetString().Should().EndWith("#section-costs");
        hit.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).Should().Contain("cost-sharing");
        root.GetProperty("kinds").EnumerateArray().Should().Contain(k => k.GetProperty("value").GetString() == "cost-sharing");
        root.GetProperty("facets").GetProperty("model").EnumerateArray().Should().Contain(m => m.GetProperty("value").GetString() == "lead-authority");
    }

    [Fact]
    public async Task Clauses_UnknownKind_Is400WithTheReason()
    {
        using var response = await Client.GetAsync(new Uri("/api/clauses?kind=nonsense", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("unknown clause kind");
    }

    [Fact]
    public async Task Compare_UnknownIds_Is404PageSayingSo()
    {
        using var response = await Client.GetAsync(new Uri("/clauses/compare?ids=nothing%23clause-1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("No clause has the id nothing#clause-1");
    }

    [Fact]
    public async Task DocumentPage_Agreement_ShowsClauseOutlineWithAnchorsInTheText()
    {
        using var search = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/clauses?kind=cost-sharing&model=joint-committee", UriKind.Relative)));
        var documentId = search.RootElement.GetProperty("results")[0].GetProperty("documentId").GetString()!;

        var page = await Client.GetStringAsync(new Uri("/documents/" + documentId, UriKind.Relative));

        page.Should().Contain("class=\"outline clause-outline\"").And.Contain("href=\"#section-costs\"").And.Contain("id=\"section-costs\"");
    }
}
