using System.Text;
using System.Text.Json;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Search.Tests.Support;
using static TemplateLibrary.Search.Tests.Support.PartnershipLibrary;

namespace TemplateLibrary.Search.Tests.Export;

/// <summary>Each test has its own index (xunit makes a new instance per test).</summary>
public sealed class DirectoryExportTests : IDisposable
{
    private readonly TempIndex temp = new();

    public DirectoryExportTests() => Seed(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task WriteAsync_Csv_ParsesBackToOneRowPerArrangementWithPartnersRolesAndSavings()
    {
        var export = DirectoryExport.Of(temp.Index.Partnerships, new PartnershipQuery());

        var bytes = await Write(export, ExportFormat.Csv);

        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel reads a CSV as UTF-8 only with a byte order mark");
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        rows[0].Fields.Should().Equal("id", "name", "service", "other_services", "vehicle", "status", "start_year", "partner_count", "partners", "regions",
            "documents", "document_ids", "planned_annual_saving", "achieved_annual_saving", "savings");
        rows.Skip(1).Select(r => r.Fields[0]).Should().BeEquivalentTo(export.Arrangements.Select(p => p.Id)).And.HaveCount(3);
        var london = Row(rows, export.Arrangements.Single(p => p.Members.Any(m => m.Name == CityOfLondon)).Id);
        london["service"].Should().Be("Legal");
        london["vehicle"].Should().Be("Lead authority / delegation");
        london["status"].Should().BeEmpty();
        london["start_year"].Should().Be("2016");
        london["partner_count"].Should().Be("2");
        london["partners"].Should().Be($"{CityOfLondon} (partner); {Barking} (partner)");
        london["regions"].Should().Be("London");
        london["documents"].Should().Be("2");
        london["document_ids"].Should().Be("london-case; london-mou");
        london["planned_annual_saving"].Should().Be("250000");
        london["achieved_annual_saving"].Should().BeEmpty();
        london["savings"].Should().Be("saving £250,000 (14%) a year, planned [london-case]");
        var north = Row(rows, export.Arrangements.Single(p => p.Members.Any(m => m.Name == Blackpool) && p.Category == "legal").Id);
        north["status"].Should().Be("operational");
        north["achieved_annual_saving"].Should().Be("390000");
    }

    [Fact]
    public void Of_ServiceFilterAndPageOfOne_EveryMatchingArrangementNotAPage()
    {
        var export = DirectoryExport.Of(temp.Index.Partnerships, new PartnershipQuery { Categories = ["legal"], Limit = 1, Offset = 1 });

        export.Arrangements.Should().HaveCount(2).And.OnlyContain(p => p.Category == "legal");
    }

    [Fact]
    public async Task WriteAsync_Json_TotalAndItemsInTheDirectoryShape()
    {
        var export = DirectoryExport.Of(temp.Index.Partnerships, new PartnershipQuery { Regions = ["sample"] });

        using var json = JsonDocument.Parse(await Write(export, ExportFormat.Json));

        json.RootElement.GetProperty("total").GetInt32().Should().Be(1);
        var item = json.RootElement.GetProperty("items")[0];
        item.GetProperty("category").GetString().Should().Be("ict-digital");
        item.GetProperty("members").GetArrayLength().Should().Be(3);
        item.GetProperty("savings")[0].GetProperty("kind").GetString().Should().Be("cost");
    }

    [Fact]
    public async Task WriteAsync_Zip_ExportErrorAndNothingWritten()
    {
        var export = DirectoryExport.Of(temp.Index.Partnerships, new PartnershipQuery());
        using var output = new MemoryStream();

        var write = () => export.WriteAsync(ExportFormat.Zip, output);

        (await write.Should().ThrowAsync<ExportException>()).WithMessage("*csv or json*");
        output.Length.Should().Be(0);
    }

    private static async Task<byte[]> Write(DirectoryExport export, ExportFormat format)
    {
        using var output = new AsyncOnlyStream();
        await export.WriteAsync(format, output, TestContext.Current.CancellationToken);
        return output.Written;
    }

    private static Dictionary<string, string> Row(IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> rows, string id)
    {
        var header = rows[0].Fields;
        var row = rows.Single(r => r.Fields[0] == id).Fields;
        return header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => row[c.i], StringComparer.Ordinal);
    }
}
