namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Ingest_FolderWithOneFakeDocx_ExitsThreeAndIndexesTheRest()
    {
        var result = _cli.Run("ingest", "library", "--json");

        result.ExitCode.Should().Be(3);
        var summary = result.Json;
        summary.GetProperty("added").GetInt32().Should().Be(4);
        var failure = summary.GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        failure.GetProperty("path").GetString().Should().EndWith("not-really.docx");
        failure.GetProperty("reason").GetString().Should().Contain("not a DOCX");
    }

    [Fact]
    public void Ingest_SecondRun_ReportsEverythingUnchanged()
    {
        _cli.Run("ingest", "library", "--json");

        var second = _cli.Run("ingest", "library", "--json");

        second.Json.GetProperty("unchanged").GetInt32().Should().Be(4);
        second.Json.GetProperty("added").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Ingest_InvalidManifest_ExitsTwoAndWritesNothing()
    {
        File.WriteAllText(Path.Combine(_cli.Root, "bad.csv"), "path,category\nlibrary/legal-mou.md,legall\n");

        var result = _cli.Run("ingest", "library", "--manifest", "bad.csv");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("line 2").And.Contain("legall");
        _cli.Run("stats", "--json").Json.GetProperty("documents").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Ingest_NonTerminal_PrintsASummaryLine()
    {
        var result = _cli.Run("ingest", "library/legal-mou.md");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("1 added");
    }
}
