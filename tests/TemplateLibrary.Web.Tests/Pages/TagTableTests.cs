using System.Text.Json;
using System.Text.RegularExpressions;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Pages;

public sealed partial class TagTableTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DocumentPage_Tags_EachOnceWithTheSourceInEffectAndUnbreakablePercent()
    {
        using var json = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri("/api/search?q=MOU&type=mou", UriKind.Relative)));
        var id = json.RootElement.GetProperty("results")[0].GetProperty("id").GetString();

        var html = await fixture.App.Client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        var table = html[html.IndexOf("id=\"tags-heading\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var rows = Row().Matches(table).Select(m => (Facet: m.Groups["facet"].Value, Value: m.Groups["value"].Value, Source: m.Groups["source"].Value)).ToList();
        rows.Should().NotBeEmpty();
        rows.Select(r => (r.Facet, r.Value)).Should().OnlyHaveUniqueItems();
        rows.Should().Contain(r => r.Facet == "Document type" && r.Source == "manifest");
        rows.Select(r => r.Source).Should().OnlyContain(s => s == "manifest" || s == "correction" || s == "auto" || s == "file metadata");
        table.Should().Contain("100&#xA0;%").And.NotMatchRegex("[0-9] %");
    }

    [GeneratedRegex("<tr><td>(?<facet>[^<]*)</td><td>(?<value>[^<]*)</td><td>(?<source>[^<]*)</td>")]
    private static partial Regex Row();
}
