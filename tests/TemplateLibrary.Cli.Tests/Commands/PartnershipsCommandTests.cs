namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class PartnershipsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Partnerships_VehicleFilterJson_ListsTheJointCommitteeWithItsPartners()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json").ExitCode.Should().BeOneOf(0, 3);

        var result = _cli.Run("partnerships", "--model", "joint-committee", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json.GetProperty("total").GetInt32().Should().Be(1);
        var item = result.Json.GetProperty("items")[0];
        item.GetProperty("category").GetString().Should().Be("waste-environmental");
        item.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString())
            .Should().Equal("Larkmoor District Council", "Millbeck Borough Council", "Saltmarsh District Council");
        result.Json.GetProperty("facets").GetProperty("model").EnumerateArray()
            .Should().Contain(f => f.GetProperty("value").GetString() == "lead-authority" && f.GetProperty("count").GetInt32() >= 1, "the legal MOU's arrangement is a lead authority and the model facet ignores its own filter");
    }

    [Fact]
    public void Partnerships_NothingMatches_ExitsOne()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");

        _cli.Run("partnerships", "--model", "mutual").ExitCode.Should().Be(1);
        _cli.Run("partnerships", "--limit", "0").ExitCode.Should().Be(2);
    }
}
