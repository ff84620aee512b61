namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class RemoveRestoreTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public RemoveRestoreTests()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Remove_ThenIngestAgain_StaysRemovedUntilRestoredWithItsCorrection()
    {
        var id = _cli.Run("search", "shared", "legal", "--json").Json.GetProperty("results")[0].GetProperty("id").GetString()!;
        _cli.Run("retag", id, "--category", "ict-digital").ExitCode.Should().Be(ExitCodes.Success);

        var remove = _cli.Run("remove", id);
        var reingest = _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
        var whileRemoved = _cli.Run("show", id);
        var restore = _cli.Run("restore", id);
        var afterRestore = _cli.Run("show", id, "--json");

        remove.ExitCode.Should().Be(ExitCodes.Success, remove.Error);
        reingest.Output.Should().Contain("removed by a librarian");
        whileRemoved.ExitCode.Should().Be(ExitCodes.NotFound);
        restore.ExitCode.Should().Be(ExitCodes.Success, restore.Error);
        restore.Output.Trim().Should().Be($"restored {id}");
        afterRestore.ExitCode.Should().Be(ExitCodes.Success);
        afterRestore.Output.Should().Contain("ict-digital");
        _cli.Run("audit", "--json").Json.EnumerateArray().Select(e => e.GetProperty("action").GetString()).Should().StartWith(["restore", "ingest", "remove", "retag"]);
    }

    [Fact]
    public void Restore_NeverRemoved_IsNotFound()
    {
        var result = _cli.Run("restore", "no-such-id");

        result.ExitCode.Should().Be(ExitCodes.NotFound);
    }
}
