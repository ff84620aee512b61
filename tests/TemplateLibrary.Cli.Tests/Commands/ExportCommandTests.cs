using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Core.Csv;

namespace TemplateLibrary.Cli.Tests.Commands;

/// <summary>Each test has its own copy of TestData and its own index (xunit makes a new instance per test).</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public ExportCommandTests()
    {
        // Two documents tagged by the manifest, two by the tagger, and (below) one librarian correction.
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Export_Csv_WritesByteOrderMarkHeaderAndARowPerResult()
    {
        var result = _cli.Run("export", "--category", "legal", "--format", "csv", "--out", "legal.csv");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Exported 1 document to legal.csv");
        var bytes = File.ReadAllBytes(Path.Combine(_cli.Root, "legal.csv"));
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF]);
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        rows[0].Fields.Should().Equal("id", "path", "title", "category", "model", "type", "councils", "partners", "year", "powers", "summary", "format");
        rows.Should().HaveCount(2);
        rows[1].Fields.Skip(1).Should().Equal("library/legal-mou.md", "Shared Legal Service MOU", "legal", "lead-authority", "mou",
            "Northmere District Council; Eastwold District Council", "", "2019", "lga1972-s101; lga1972-s113", "An MOU for a shared legal team.", "md");
    }

    [Fact]
    public void Export_JsonWithoutAQuery_HasEveryDocumentNotAPage()
    {
        var result = _cli.Run("export", "--all-versions", "--format", "json", "--out", "library.json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Root, "library.json")));
        var search = _cli.Run("search", "--all-versions", "--limit", "1", "--json").Json;
        json.RootElement.GetProperty("total").GetInt32().Should().Be(search.GetProperty("total").GetInt32()).And.Be(4);
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(4);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString())
            .Should().OnlyContain(p => p!.StartsWith("library/", StringComparison.Ordinal), "paths are relative to the folder holding the index");
    }

    [Fact]
    public void Export_ZipIngestedIntoAFreshIndex_GivesTheSameDocumentsAndTags()
    {
        var revenues = Documents("index").Single(d => d.GetProperty("title").GetString()!.StartsWith("Case Study", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        _cli.Run("retag", revenues, "--category", "revenues-benefits", "--category", "customer-services").ExitCode.Should().Be(0);

        var export = _cli.Run("export", "--format", "zip", "--out", "bundle.zip");
        export.ExitCode.Should().Be(0, export.Error);
        var folder = Path.Combine(_cli.Root, "unzipped");
        Directory.CreateDirectory(folder);
        ZipFile.ExtractToDirectory(Path.Combine(_cli.Root, "bundle.zip"), folder);
        var ingest = _cli.Run("--index", "fresh-index", "ingest", "unzipped", "--manifest", "unzipped/manifest.csv", "--json");

        ingest.ExitCode.Should().Be(0, ingest.Output + ingest.Error);
        var before = Documents("index").Select(Summary).ToList();
        var after = Documents("fresh-index").Select(Summary).ToList();
        after.Should().BeEquivalentTo(before);
        before.Should().HaveCount(4);
        before.Single(d => d.StartsWith(revenues, StringComparison.Ordinal)).Should().Contain("revenues-benefits; customer-services", "the librarian's correction travels in the manifest");
        var show = _cli.Run("--index", "fresh-index", "show", revenues, "--json").Json;
        show.GetProperty("document").GetProperty("effectiveTags").EnumerateArray()
            .Where(t => t.GetProperty("facet").GetString() is "category" or "model" or "type")
            .Should().OnlyContain(t => t.GetProperty("source").GetString() == "manifest", "in the fresh index the tags come from the bundle's manifest");
    }

    [Fact]
    public void Export_ZipWithAFileGone_ExitsThreeAndNamesIt()
    {
        File.Delete(Path.Combine(_cli.Root, "library", "ict-business-case.md"));

        var result = _cli.Run("export", "--format", "zip", "--out", "bundle.zip");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("skipped: library/ict-business-case.md: the file is no longer where it was indexed");
        using var zip = ZipFile.OpenRead(Path.Combine(_cli.Root, "bundle.zip"));
        zip.Entries.Select(e => e.FullName).Should().HaveCount(4).And.Contain("manifest.csv").And.NotContain("library/ict-business-case.md");
    }

    [Fact]
    public void Export_NothingFound_ExitsOneWithAHeaderOnlyFile()
    {
        var result = _cli.Run("export", "zeppelin", "--format", "csv", "--out", "none.csv");

        result.ExitCode.Should().Be(1);
        CsvTable.Parse(File.ReadAllText(Path.Combine(_cli.Root, "none.csv"))).Should().ContainSingle();
    }

    [Theory]
    [InlineData("--format", "xlsx", "--out", "x.xlsx")]
    [InlineData("--format", "csv")]
    [InlineData("--format", "csv", "--out", "no-such-folder/x.csv")]
    [InlineData("year:20x5", "--format", "csv", "--out", "x.csv")]
    public void Export_BadUsage_ExitsTwoAndWritesNothing(params string[] arguments)
    {
        var result = _cli.Run(["export", .. arguments]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error:");
        Directory.EnumerateFiles(_cli.Root, "x.*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    private static string Summary(JsonElement document) => string.Join(" | ",
        new[] { "id", "title", "summary" }.Select(name => document.TryGetProperty(name, out var value) ? value.ToString() : "")
            .Concat(new[] { "categories", "models", "types", "councils", "partners", "powers" }.Select(name => string.Join("; ", document.GetProperty(name).EnumerateArray().Select(v => v.GetString()))))
            .Append(document.GetProperty("year").ToString()));

    private List<JsonElement> Documents(string index)
    {
        var file = $"{index}.json";
        _cli.Run("--index", index, "export", "--all-versions", "--format", "json", "--out", file).ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Root, file)));
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.Clone())];
    }
}
