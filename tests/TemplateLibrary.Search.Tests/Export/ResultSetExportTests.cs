using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Export;

/// <summary>Each test has its own library folder and index (xunit makes a new instance per test).</summary>
public sealed class ResultSetExportTests : IDisposable
{
    private readonly TempIndex temp = new();
    private readonly string library = Path.Combine(Path.GetTempPath(), "templib-export-tests", Guid.NewGuid().ToString("N"));

    public ResultSetExportTests()
    {
        Directory.CreateDirectory(Path.Combine(library, "legal"));
        temp.Index.Apply(Docs.Upserts(
            Docs.Make("d1", "Shared legal service MOU", "The councils share a legal team.", "legal", "lead-authority", "mou", 2016, ["lga1972-s101", "lga1972-s113"], ["Northmere District Council", "Southvale Borough Council"], path: File("legal/mou.md", "# MOU\nThe councils share a legal team."), summary: "An MOU for a shared legal team, with \"quotes\", commas; and a\nline break."),
            Docs.Make("d2", "Joint committee agreement", "An agreement for legal services under section 101.", "legal", "joint-committee", "legal-agreement", 2018, partners: ["Thames Valley Police"], path: File("legal/agreement.md", "# Agreement\nLegal services.")),
            Docs.Make("d3", "=HYPERLINK(\"http://example.org\")", "A waste report.", "waste-environmental", "contracting", "committee-report", 2014, path: File("waste.md", "# Waste\nA report."))));
    }

    public void Dispose()
    {
        temp.Dispose();
        try
        {
            Directory.Delete(library, recursive: true);
        }
        catch (IOException)
        {
            // Only a temporary folder left behind.
        }
    }

    [Fact]
    public void SearchAll_MoreMatchesThanAPage_ReturnsEveryMatchInThePagesOrder()
    {
        temp.Index.Apply(Docs.Upserts([.. Enumerable.Range(0, 150).Select(i => Docs.Make($"p{i:D3}", $"Plan {i:D3} for a shared service", "shared service plan", year: 1990 + (i % 30)))]));
        var request = new SearchRequest { Query = "shared service", Sort = SearchSort.Title };
        var paged = Enumerable.Range(0, 2).SelectMany(page => temp.Index.Search(request with { Limit = SearchRequest.MaxLimit, Offset = page * SearchRequest.MaxLimit }).Results).Select(h => h.Id).ToList();

        var all = temp.Index.SearchAll(request with { Limit = 5, Offset = 40 });

        paged.Should().HaveCountGreaterThan(SearchRequest.MaxLimit);
        all.Select(h => h.Id).Should().Equal(paged, "the page asked for is ignored: an export is the whole result set in the same order");
    }

    [Fact]
    public void SearchAll_DocumentWithSummary_CarriesIt()
    {
        var all = temp.Index.SearchAll(new SearchRequest { Filters = Filter("category", "legal") });

        all.Select(h => h.Id).Should().BeEquivalentTo(["d1", "d2"]);
        all.Single(h => h.Id == "d1").Summary.Should().StartWith("An MOU for a shared legal team");
        all.Single(h => h.Id == "d2").Summary.Should().BeNull();
    }

    [Fact]
    public async Task WriteAsync_Csv_HasByteOrderMarkHeaderAndOneRowPerDocument()
    {
        var bytes = await WriteAsync(new SearchRequest { Filters = Filter("category", "legal"), Sort = SearchSort.Title }, ExportFormat.Csv);

        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel reads a CSV as UTF-8 only with a byte order mark");
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        rows[0].Fields.Should().Equal("id", "path", "title", "category", "model", "type", "councils", "partners", "year", "powers", "summary", "format");
        rows.Skip(1).Select(r => r.Fields[0]).Should().Equal("d2", "d1");
        var mou = Row(rows, "d1");
        mou["path"].Should().Be("legal/mou.md", "paths are relative to the library root");
        mou["councils"].Should().Be("Northmere District Council; Southvale Borough Council");
        mou["powers"].Should().Be("lga1972-s101; lga1972-s113");
        mou["year"].Should().Be("2016");
        mou["summary"].Should().Be("An MOU for a shared legal team, with \"quotes\", commas; and a\nline break.");
        Row(rows, "d2")["partners"].Should().Be("Thames Valley Police");
    }

    [Fact]
    public async Task WriteAsync_CsvCellStartingWithEquals_IsWrittenAsText()
    {
        var bytes = await WriteAsync(new SearchRequest { Filters = Filter("category", "waste-environmental") }, ExportFormat.Csv);

        Row(CsvTable.Parse(Encoding.UTF8.GetString(bytes)), "d3")["title"].Should().Be("'=HYPERLINK(\"http://example.org\")");
    }

    [Fact]
    public async Task WriteAsync_Json_HasTotalAndEveryDocumentInTheContractShape()
    {
        var bytes = await WriteAsync(new SearchRequest { AllVersions = true }, ExportFormat.Json);

        using var json = JsonDocument.Parse(bytes);
        json.RootElement.GetProperty("total").GetInt32().Should().Be(3);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => d.GetProperty("id").GetString()).Should().BeEquivalentTo(["d1", "d2", "d3"]);
        var mou = documents.Single(d => d.GetProperty("id").GetString() == "d1");
        mou.GetProperty("path").GetString().Should().Be("legal/mou.md");
        mou.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Should().Equal("legal");
        mou.GetProperty("powers").EnumerateArray().Select(c => c.GetString()).Should().Equal("lga1972-s101", "lga1972-s113");
        mou.GetProperty("year").GetInt32().Should().Be(2016);
        mou.GetProperty("summary").GetString().Should().StartWith("An MOU");
        documents.Single(d => d.GetProperty("id").GetString() == "d2").TryGetProperty("summary", out _).Should().BeFalse("a document without a summary has none");
    }

    [Fact]
    public async Task WriteAsync_ZipToAForwardOnlyStream_HoldsTheFilesAndAManifestTheReaderAccepts()
    {
        var output = new AsyncOnlyStream();
        await using (output)
        {
            var report = await Export(new SearchRequest { AllVersions = true }).WriteAsync(ExportFormat.Zip, output, BundleLimits.None);
            report.Documents.Should().Be(3);
            report.Skipped.Should().BeEmpty();
        }

        var unzipped = Path.Combine(library, "unzipped");
        using (var zip = new ZipArchive(new MemoryStream(output.Written)))
        {
            zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo(["legal/mou.md", "legal/agreement.md", "waste.md", "manifest.csv"]);
            zip.ExtractToDirectory(unzipped);
        }

        System.IO.File.ReadAllText(Path.Combine(unzipped, "legal", "mou.md")).Should().Be("# MOU\nThe councils share a legal team.");
        var manifest = ManifestReader.Read(Path.Combine(unzipped, "manifest.csv"), OpenVocabulary.Instance);
        var mou = manifest.Find(Path.Combine(unzipped, "legal", "mou.md"))!;
        mou.Title.Should().Be("Shared legal service MOU");
        mou.Summary.Should().StartWith("An MOU for a shared legal team");
        mou.Facets["council"].Should().Equal("Northmere District Council", "Southvale Borough Council");
        mou.Facets["power"].Should().Equal("lga1972-s101", "lga1972-s113");
        mou.Facets["year"].Should().Equal("2016");
        manifest.Find(Path.Combine(unzipped, "legal", "agreement.md"))!.Facets["partner"].Should().Equal("Thames Valley Police");
        manifest.Find(Path.Combine(unzipped, "waste.md"))!.Title.Should().Be("=HYPERLINK(\"http://example.org\")", "the manifest keeps values exactly, for the round trip");
    }

    [Fact]
    public async Task WriteAsync_ZipWithAFileGone_LeavesItOutOfFilesAndManifestAndReportsIt()
    {
        System.IO.File.Delete(Path.Combine(library, "waste.md"));
        using var output = new MemoryStream();

        var report = await Export(new SearchRequest { AllVersions = true }).WriteAsync(ExportFormat.Zip, output, BundleLimits.None);

        report.Documents.Should().Be(2);
        report.Skipped.Should().ContainSingle().Which.Should().StartWith("waste.md: ");
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo(["legal/mou.md", "legal/agreement.md", "manifest.csv"]);
        using var manifest = new StreamReader(zip.GetEntry("manifest.csv")!.Open());
        CsvTable.Parse(await manifest.ReadToEndAsync()).Skip(1).Select(r => r.Fields[0]).Should().BeEquivalentTo(["legal/mou.md", "legal/agreement.md"]);
    }

    [Fact]
    public async Task WriteAsync_ZipLargerThanTheLimit_ThrowsBeforeWritingAnything()
    {
        using var output = new MemoryStream();

        var write = () => Export(new SearchRequest { AllVersions = true }).WriteAsync(ExportFormat.Zip, output, new BundleLimits { MaxBytes = 10 });

        (await write.Should().ThrowAsync<ExportException>()).Which.Message.Should().Contain("narrow the search");
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task WriteAsync_ZipOutputFailing_ThrowsTheOutputsError()
    {
        var output = new FailingStream();
        await using (output)
        {
            var write = () => Export(new SearchRequest { AllVersions = true }).WriteAsync(ExportFormat.Zip, output, BundleLimits.None);

            (await write.Should().ThrowAsync<IOException>()).Which.Message.Should().Be("the client went away");
        }
    }

    [Fact]
    public void Claim_SameNameTwice_NumbersTheSecondAndKeepsTheReservedName()
    {
        var names = new BundleEntryNames("manifest.csv");

        names.Claim("a/plan.md").Should().Be("a/plan.md");
        names.Claim("a/PLAN.md").Should().Be("a/PLAN (2).md");
        names.Claim("manifest.csv").Should().Be("manifest (2).csv");
    }

    [Theory]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData(" json ", ExportFormat.Json)]
    [InlineData("zip", ExportFormat.Zip)]
    public void Parse_KnownName_GivesTheFormat(string name, ExportFormat expected) =>
        ExportFormats.Parse(name).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("xlsx")]
    public void Parse_MissingOrUnknownName_ThrowsExportException(string? name) =>
        FluentActions.Invoking(() => ExportFormats.Parse(name)).Should().Throw<ExportException>().Which.Message.Should().Contain("csv, json or zip");

    private static Dictionary<string, IReadOnlyList<string>> Filter(string facet, string value) => new() { [facet] = [value] };

    private static Dictionary<string, string> Row(IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> rows, string id)
    {
        var row = rows.Single(r => r.Fields[0] == id).Fields;
        return rows[0].Fields.Select((name, i) => (name, value: row[i])).ToDictionary(p => p.name, p => p.value);
    }

    private ResultSetExport Export(SearchRequest request) =>
        ResultSetExport.Of(temp.Index, request, path => Path.GetRelativePath(library, path).Replace('\\', '/'));

    private async Task<byte[]> WriteAsync(SearchRequest request, ExportFormat format)
    {
        var output = new AsyncOnlyStream();
        await using (output)
        {
            await Export(request).WriteAsync(format, output, BundleLimits.None);
            return output.Written;
        }
    }

    private string File(string relative, string text)
    {
        var path = Path.Combine(library, relative);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
