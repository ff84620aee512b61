using System.Net;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Insights;

/// <summary>The test library holds two arrangements: Legal (Northmere, Southvale; lead authority) and ICT (Northmere,
/// Westbrook and NHS Northmere ICB; joint committee). Every test only reads.</summary>
public sealed class InsightsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task InsightsPage_TestLibrary_HeadlineFiguresAndChartsWithNumbersInTheText()
    {
        var html = await Client.GetStringAsync(new Uri("/insights", UriKind.Relative));

        html.Should().Contain("<a href=\"/insights\" aria-current=\"page\">Insights</a>");
        html.Should().Contain("<li><strong>2</strong> arrangements, 0 of them stated to be operational</li>");
        html.Should().Contain("<strong>5</strong> partnership members (each partner counted once per arrangement): 3 councils and 1 other public body");
        html.Should().Contain("<th scope=\"row\"><a href=\"/partnerships?category=legal\">Legal</a></th><td class=\"num\">2 (1)</td>");
        html.Should().Contain("<th scope=\"row\"><a href=\"/partnerships?model=joint-committee\">Joint committee</a></th><td class=\"num\">1</td>");
        html.Should().Contain("<th scope=\"row\"><a href=\"/councils/Northmere%20District%20Council\">Northmere District Council</a></th><td class=\"num\">2</td>");
        html.Should().Contain("<svg class=\"bar\"").And.Contain("aria-hidden=\"true\"");
        html.Should().NotContain("<script>", "the charts are drawn on the server").And.NotContain("https://");
    }

    [Fact]
    public async Task InsightsApi_TestLibrary_FiguresInTheModelsShape()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/insights", UriKind.Relative)));
        var root = json.RootElement;

        root.GetProperty("arrangements").GetInt32().Should().Be(2);
        root.GetProperty("memberships").GetInt32().Should().Be(5);
        root.GetProperty("memberCouncils").GetInt32().Should().Be(3);
        root.GetProperty("otherBodies").GetInt32().Should().Be(1);
        root.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("value").GetString()).Should().Equal("proposed", "operational", "dissolved", "unknown");
        var legal = root.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("category").GetString() == "legal");
        (legal.GetProperty("arrangements").GetInt32(), legal.GetProperty("councils").GetInt32()).Should().Be((1, 2));
        root.GetProperty("vehicles").EnumerateArray().Select(v => v.GetProperty("count").GetInt32()).Sum().Should().Be(2);
        root.GetProperty("savingTotals").GetArrayLength().Should().Be(16);
        root.GetProperty("savingTotals")[0].EnumerateObject().Select(p => p.Name).Should().Equal("kind", "stage", "period", "statements", "withAmount", "amount", "documents");
        root.GetProperty("savingSources").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("mostSharingCouncils")[0].GetProperty("name").GetString().Should().Be("Northmere District Council");
    }

    [Fact]
    public async Task DirectoryExport_FilteredCsvLinkOnThePage_ParsesBackToTheFilteredArrangement()
    {
        var page = await Client.GetStringAsync(new Uri("/partnerships?category=legal", UriKind.Relative));
        page.Should().Contain("href=\"/api/partnerships/export?format=csv&amp;category=legal\"");

        using var response = await Client.GetAsync(new Uri("/api/partnerships/export?format=csv&category=legal", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF]);
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        rows.Should().HaveCount(2);
        var row = rows[0].Fields.Zip(rows[1].Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        row["service"].Should().Be("Legal");
        row["vehicle"].Should().Be("Lead authority / delegation");
        row["partners"].Should().Contain("Northmere District Council (").And.Contain("Southvale Borough Council (");
        row["documents"].Should().Be("2");
    }

    [Fact]
    public async Task DirectoryExport_ZipFormat_BadRequestProblem()
    {
        using var response = await Client.GetAsync(new Uri("/api/partnerships/export?format=zip", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("csv or json");
    }
}
