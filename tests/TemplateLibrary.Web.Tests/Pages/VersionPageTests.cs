using System.Net;
using System.Text.Json;

namespace TemplateLibrary.Web.Tests.Pages;

public sealed class VersionPageTests(VersionedAppFixture fixture) : IClassFixture<VersionedAppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task SearchApi_DefaultAndVersionsAll_ShowTheCurrentVersionOrBoth()
    {
        using var current = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=data+sharing+agreement", UriKind.Relative)));
        using var all = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=data+sharing+agreement&versions=all", UriKind.Relative)));

        var ids = current.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        ids.Should().Contain(fixture.CurrentId).And.NotContain(fixture.EarlierId);
        current.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == fixture.CurrentId)
            .GetProperty("earlierVersions").GetInt32().Should().Be(1);
        all.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain([fixture.CurrentId, fixture.EarlierId]);
        all.RootElement.GetProperty("total").GetInt32().Should().Be(current.RootElement.GetProperty("total").GetInt32() + 1);
    }

    [Fact]
    public async Task SearchPage_Default_ShowsEarlierVersionsLinkAndVersionsFacet()
    {
        var html = await Client.GetStringAsync(new Uri("/?q=data+sharing+agreement", UriKind.Relative));

        html.Should().Contain("1 earlier version").And.Contain("id=\"facet-versions\"").And.Contain("name=\"versions\" value=\"all\"");
    }

    [Fact]
    public async Task SearchPage_UnknownVersionsValue_Is400()
    {
        using var response = await Client.GetAsync(new Uri("/?q=data&versions=some", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DocumentPage_CurrentVersion_ListsVersionsWithTheDiffMarked()
    {
        var html = await Client.GetStringAsync(new Uri("/documents/" + fixture.CurrentId, UriKind.Relative));

        html.Should().Contain("Versions (2)").And.Contain("Current").And.Contain("<ins>").And.Contain("<del>two</del>");
    }
}
