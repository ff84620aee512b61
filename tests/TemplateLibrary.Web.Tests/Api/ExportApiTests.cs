using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

/// <summary>/api/export only reads: the tests share one app and compare with /api/search of the same parameters.</summary>
public sealed class ExportApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Export_Csv_IsAnAttachmentWithByteOrderMarkAndARowPerResult()
    {
        using var response = await Client.GetAsync(new Uri("/api/export?format=csv&category=legal", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be("templib-export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF]);
        var text = Encoding.UTF8.GetString(bytes);
        var rows = CsvTable.Parse(text);
        rows[0].Fields.Should().Equal("id", "path", "title", "category", "model", "type", "councils", "partners", "year", "powers", "summary", "format");
        rows.Skip(1).Select(r => r.Fields[0]).Should().BeEquivalentTo(await SearchIdsAsync("category=legal"));
        rows.Skip(1).Select(r => r.Fields[1]).Should().OnlyContain(p => p.StartsWith("corpus/", StringComparison.Ordinal));
        text.Should().NotContain(fixture.App.Root, "exports show paths relative to the library root");
    }

    [Fact]
    public async Task Export_Json_IgnoresThePageAndListsEveryResult()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/export?format=json&q=council&limit=1&offset=1", UriKind.Relative)));

        var expected = await SearchIdsAsync("q=council");
        expected.Should().HaveCountGreaterThan(2);
        json.RootElement.GetProperty("total").GetInt32().Should().Be(expected.Count);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal(expected);
        var mou = json.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Shared legal service MOU");
        mou.GetProperty("summary").GetString().Should().Be("An MOU for a legal service shared by two councils.");
        mou.GetProperty("path").GetString().Should().Be("corpus/legal-mou-northmere.md");
    }

    [Fact]
    public async Task Export_Zip_StreamsTheOriginalFilesAndAManifestOfThem()
    {
        using var response = await Client.GetAsync(new Uri("/api/export?format=zip&category=legal", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var files = zip.Entries.Where(e => e.FullName != "manifest.csv").ToList();
        files.Should().HaveCount((await SearchIdsAsync("category=legal")).Count);
        foreach (var entry in files)
        {
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content);
            }

            content.ToArray().Should().Equal(await File.ReadAllBytesAsync(Path.Combine(fixture.App.Root, entry.FullName)), $"{entry.FullName} is the original file");
        }

        using var manifest = new StreamReader(zip.GetEntry("manifest.csv")!.Open());
        var rows = CsvTable.Parse(await manifest.ReadToEndAsync());
        rows[0].Fields.Should().Equal("path", "title", "category", "model", "type", "councils", "partners", "year", "powers", "summary");
        rows.Skip(1).Select(r => r.Fields[0]).Should().BeEquivalentTo(files.Select(f => f.FullName));
    }

    [Theory]
    [InlineData("/api/export?format=xlsx", "csv, json or zip")]
    [InlineData("/api/export", "csv, json or zip")]
    [InlineData("/api/export?format=csv&sort=sideways", "sort must be")]
    public async Task Export_BadParameter_IsAProblemWithStatus400(string url, string detail)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Content.Headers.ContentDisposition.Should().BeNull();
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Contain(detail);
    }

    private async Task<List<string>> SearchIdsAsync(string parameters)
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri($"/api/search?{parameters}&limit=100", UriKind.Relative)));
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }
}
