using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

public sealed class SearchApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Search_Query_ReturnsCliShapeWithMarkedSnippet()
    {
        using var json = await GetJsonAsync("/api/search?q=legal");

        var root = json.RootElement;
        root.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
        root.TryGetProperty("suggestion", out _).Should().BeTrue();
        var hit = root.GetProperty("results")[0];
        foreach (var name in new[] { "id", "title", "path", "format", "score", "snippet", "category", "model", "type", "powers", "councils", "year" })
        {
            hit.TryGetProperty(name, out _).Should().BeTrue($"each result carries '{name}'");
        }

        root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("snippet").GetString())
            .Should().Contain(s => s!.Contains("<mark>", StringComparison.OrdinalIgnoreCase));
        var facets = root.GetProperty("facets");
        foreach (var facet in new[] { "category", "model", "type", "power", "council", "year" })
        {
            facets.TryGetProperty(facet, out var counts).Should().BeTrue($"facets include '{facet}'");
            counts.EnumerateArray().Should().OnlyContain(c => c.GetProperty("count").GetInt32() > 0 && c.GetProperty("label").GetString()!.Length > 0);
        }
    }

    [Fact]
    public async Task Search_TwoValuesOfOneFacet_AreOrAndCountsIgnoreOwnFilter()
    {
        using var legal = await GetJsonAsync("/api/search?category=legal");
        using var both = await GetJsonAsync("/api/search?category=legal&category=ict-digital");

        var legalTotal = legal.RootElement.GetProperty("total").GetInt32();
        both.RootElement.GetProperty("total").GetInt32().Should().BeGreaterThan(legalTotal);
        CountOf(legal.RootElement, "category", "ict-digital").Should().BeGreaterThan(0, "a facet's counts do not apply its own filter");
        CountOf(legal.RootElement, "category", "legal").Should().Be(legalTotal);
    }

    [Fact]
    public async Task Search_TwoFacets_AreAnd()
    {
        using var legal = await GetJsonAsync("/api/search?category=legal");
        using var legalMou = await GetJsonAsync("/api/search?category=legal&type=mou");

        var total = legalMou.RootElement.GetProperty("total").GetInt32();
        total.Should().BeGreaterThan(0).And.BeLessThan(legal.RootElement.GetProperty("total").GetInt32());
        legalMou.RootElement.GetProperty("results").EnumerateArray().Should().OnlyContain(r => r.GetProperty("type").GetString() == "mou");
    }

    [Fact]
    public async Task Search_LimitAndOffset_PageThroughResults()
    {
        using var first = await GetJsonAsync("/api/search?limit=2&sort=title");
        using var second = await GetJsonAsync("/api/search?limit=2&offset=2&sort=title");

        var firstIds = first.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var secondIds = second.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        firstIds.Should().HaveCount(2);
        secondIds.Should().NotBeEmpty().And.NotIntersectWith(firstIds);
    }

    [Fact]
    public async Task Search_YearRange_KeepsOnlyThoseYears()
    {
        using var json = await GetJsonAsync("/api/search?yearFrom=2018&yearTo=2020");

        var years = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).ToList();
        years.Should().NotBeEmpty().And.OnlyContain(y => y >= 2018 && y <= 2020);
        json.RootElement.GetProperty("total").GetInt32().Should().Be(years.Count);
    }

    [Theory]
    [InlineData("/api/search?q=-legal")]
    [InlineData("/api/search?sort=sideways")]
    [InlineData("/api/search?limit=0")]
    [InlineData("/api/search?yearFrom=soon")]
    public async Task Search_BadQuery_Is400ProblemDetails(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        json.RootElement.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/api/search?category=nonsense", "unknown category 'nonsense': use legal, ict-digital")]
    [InlineData("/api/search?model=company", "unknown model 'company': use joint-committee, lead-authority")]
    [InlineData("/api/search?q=type:memo", "unknown type 'memo': use mou, legal-agreement")]
    public async Task Search_UnknownFilterValue_Is400ListingTheAllowedValues(string url, string reason)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("detail").GetString().Should().StartWith(reason);
    }

    [Fact]
    public async Task Search_FilterByLabel_IsResolvedToTheId()
    {
        using var json = await GetJsonAsync("/api/search?category=Legal");

        json.RootElement.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
        json.RootElement.GetProperty("results").EnumerateArray().Should().OnlyContain(r => r.GetProperty("categories").EnumerateArray().Any(c => c.GetString() == "legal"));
    }

    [Fact]
    public async Task Search_QueryNamingADocumentType_OffersItAsAFilterWithoutFiltering()
    {
        using var json = await GetJsonAsync("/api/search?q=memorandum+of+understanding");

        var understood = json.RootElement.GetProperty("understood").EnumerateArray().ToList();
        understood.Should().Contain(u => u.GetProperty("facet").GetString() == "type" && u.GetProperty("value").GetString() == "mou" && u.GetProperty("count").GetInt32() > 0);
        json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("type").GetString()).Should().Contain("mou");
    }

    [Fact]
    public async Task Search_NothingMatches_ListsAlternativesWithTheirCounts()
    {
        using var json = await GetJsonAsync("/api/search?q=memorandum&type=business-case");

        json.RootElement.GetProperty("total").GetInt32().Should().Be(0);
        var alternatives = json.RootElement.GetProperty("alternatives").EnumerateArray().ToList();
        alternatives.Should().Contain(a => a.GetProperty("description").GetString() == "Remove the filter Document type: Business case" && a.GetProperty("total").GetInt32() > 0);
        alternatives.Should().OnlyContain(a => a.GetProperty("request").GetProperty("sort").GetString() == "relevance");
    }

    [Fact]
    public async Task Search_Hit_CarriesEveryEffectiveTagAndItsPage()
    {
        using var json = await GetJsonAsync("/api/search?q=legal");

        var hit = json.RootElement.GetProperty("results")[0];
        foreach (var name in new[] { "categories", "models", "types", "page" })
        {
            hit.TryGetProperty(name, out _).Should().BeTrue($"each result carries '{name}'");
        }
    }

    [Fact]
    public async Task Search_QueryOverLengthLimit_Is400()
    {
        using var response = await Client.GetAsync(new Uri("/api/search?q=" + new string('a', 501), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Facets_NoQuery_CountsEveryDocument()
    {
        using var facets = await GetJsonAsync("/api/facets");
        using var health = await GetJsonAsync("/api/health");

        var documents = health.RootElement.GetProperty("documents").GetInt32();
        documents.Should().BeGreaterThan(0);
        facets.RootElement.GetProperty("category").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()).Should().BeGreaterThanOrEqualTo(documents);
        health.RootElement.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task Suggest_Prefix_ReturnsCompletionsContainingIt()
    {
        var words = await Client.GetFromJsonAsync<string[]>("/api/suggest?q=deleg");

        words.Should().NotBeEmpty().And.OnlyContain(w => w.Contains("deleg", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static int CountOf(JsonElement root, string facet, string value) =>
        root.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Where(c => c.GetProperty("value").GetString() == value)
            .Select(c => c.GetProperty("count").GetInt32())
            .FirstOrDefault();
}
