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
        var stats = _cli.Run("stats", "--json");
        stats.ExitCode.Should().Be(ExitCodes.UsageError, "a refused manifest leaves no index behind");
        stats.Error.Should().Contain("no index in");
    }

    [Fact]
    public void Ingest_FolderWithManifestAndUnsupportedFile_NamesBothAsSkipped()
    {
        File.Copy(Path.Combine(_cli.Root, "manifest.csv"), Path.Combine(_cli.Root, "library", "manifest.csv"));
        File.WriteAllBytes(Path.Combine(_cli.Root, "library", "logo.png"), [0x89, 0x50, 0x4E, 0x47]);

        var result = _cli.Run("ingest", "library", "--json");

        result.Json.GetProperty("added").GetInt32().Should().Be(4);
        var skipped = result.Json.GetProperty("skippedFiles").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("reason").GetString());
        skipped.Should().HaveCount(2);
        skipped["manifest.csv"].Should().StartWith("a library manifest");
        skipped["logo.png"].Should().Be("unsupported format '.png'");
    }

    [Fact]
    public void Ingest_UnsupportedFile_NamedInTheTextSummary()
    {
        File.WriteAllBytes(Path.Combine(_cli.Root, "library", "logo.png"), [0x89, 0x50, 0x4E, 0x47]);

        var result = _cli.Run("ingest", "library");

        result.Output.Should().Contain("1 skipped").And.Contain("Skipped (not indexed):")
            .And.MatchRegex(@"logo\.png: unsupported format '\.png'");
    }

    [Fact]
    public void Ingest_ScannedPdfWithoutOcr_IndexedAndListedForReviewAsScanned()
    {
        var result = _cli.Run("ingest", "scans", "--no-ocr", "--json");

        result.ExitCode.Should().Be(0);
        result.Json.GetProperty("added").GetInt32().Should().Be(1);
        _cli.Run("review").Output.Should().Contain("counter-fraud-s113-page1.scan").And.Contain("scanned, no text layer: page 1");
    }

    [Fact]
    public void Ingest_NonTerminal_PrintsASummaryLine()
    {
        var result = _cli.Run("ingest", "library/legal-mou.md");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("1 added");
    }
}
