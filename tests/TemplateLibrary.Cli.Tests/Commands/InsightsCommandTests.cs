using System.Text;
using TemplateLibrary.Core.Csv;

namespace TemplateLibrary.Cli.Tests.Commands;

/// <summary>Each test has its own copy of TestData and its own index (xunit makes a new instance per test).</summary>
public sealed class InsightsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Insights_IngestedLibrary_JsonFiguresAgreeWithTheDirectory()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json").ExitCode.Should().BeOneOf(0, 3);
        var directory = _cli.Run("partnerships", "--limit", "1000", "--json");

        var result = _cli.Run("insights", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        var total = directory.Json.GetProperty("total").GetInt32();
        result.Json.GetProperty("arrangements").GetInt32().Should().Be(total).And.BePositive();
        result.Json.GetProperty("memberships").GetInt32().Should().Be(directory.Json.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("members").GetArrayLength()));
        result.Json.GetProperty("statuses").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()).Should().Be(total);
        result.Json.GetProperty("services").EnumerateArray().Sum(s => s.GetProperty("arrangements").GetInt32()).Should().Be(total);
    }

    [Fact]
    public void Insights_Text_PrintsTheHeadlines()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");

        var result = _cli.Run("insights");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("partnership members").And.Contain("Services most shared").And.Contain("Savings and costs reported");
    }

    [Fact]
    public void Insights_LibraryWithoutArrangements_ExitsOneNoIndexExitsTwo()
    {
        _cli.Run("insights").ExitCode.Should().Be(2, "no index yet is a usage error, as for every command");
        Directory.CreateDirectory(Path.Combine(_cli.Root, "empty"));
        _cli.Run("ingest", "empty").ExitCode.Should().Be(0);

        var result = _cli.Run("insights", "--json");

        result.ExitCode.Should().Be(1);
        result.Json.GetProperty("arrangements").GetInt32().Should().Be(0);
    }

    [Fact]
    public void PartnershipsOut_Csv_ARowPerMatchingArrangementIgnoringTheLimit()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
        var total = _cli.Run("partnerships", "--json").Json.GetProperty("total").GetInt32();

        var result = _cli.Run("partnerships", "--limit", "1", "--out", "partnerships.csv");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain($"Exported {total} arrangements to partnerships.csv");
        var bytes = File.ReadAllBytes(Path.Combine(_cli.Root, "partnerships.csv"));
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF]);
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        rows[0].Fields[0].Should().Be("id");
        rows.Should().HaveCount(total + 1);
    }

    [Fact]
    public void PartnershipsOut_FilterJson_OnlyTheMatchingArrangement()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");

        var result = _cli.Run("partnerships", "--model", "joint-committee", "--format", "json", "--out", "jc.json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Root, "jc.json")));
        json.RootElement.GetProperty("total").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("items")[0].GetProperty("model").GetString().Should().Be("joint-committee");
    }

    [Fact]
    public void PartnershipsOut_UsageErrorsAndNothingMatching_ExitCodes()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");

        _cli.Run("partnerships", "--format", "csv").ExitCode.Should().Be(2, "--format needs --out");
        _cli.Run("partnerships", "--out", "x.csv", "--json").ExitCode.Should().Be(2);
        _cli.Run("partnerships", "--out", "no-such-folder/x.csv").ExitCode.Should().Be(2);
        _cli.Run("partnerships", "--format", "zip", "--out", "x.zip").ExitCode.Should().Be(2);
        _cli.Run("partnerships", "--model", "mutual", "--out", "none.csv").ExitCode.Should().Be(1);
        File.Exists(Path.Combine(_cli.Root, "x.csv")).Should().BeFalse();
    }
}
