namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class AuditCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Audit_AfterIngestRetagRemoveAndAnAccount_ListsEachWithBeforeAndAfter()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
        var id = _cli.Run("search", "shared", "legal", "--json").Json.GetProperty("results")[0].GetProperty("id").GetString()!;
        _cli.Run("retag", id, "--category", "ict-digital");
        _cli.Run("remove", id);
        _cli.RunWithInput("a long enough password\n", "users", "add", "ann", "--role", "librarian");

        var audit = _cli.Run("audit", "--json");
        var retags = _cli.Run("audit", "--action", "retag", "--json");

        audit.ExitCode.Should().Be(ExitCodes.Success, audit.Error);
        var actions = audit.Json.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        actions.Should().Equal("account-add", "remove", "retag", "ingest");
        audit.Json.EnumerateArray().Should().OnlyContain(e => e.GetProperty("user").GetString()!.StartsWith("cli:", StringComparison.Ordinal));
        var retag = retags.Json.EnumerateArray().Should().ContainSingle().Subject;
        retag.GetProperty("target").GetString().Should().Be(id);
        retag.GetProperty("before").GetString().Should().Be("category: legal");
        retag.GetProperty("after").GetString().Should().Be("category: ict-digital");
    }

    [Fact]
    public void Audit_NoIndex_IsAUsageError()
    {
        var result = _cli.Run("audit", "--index", "nothing-here");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        Directory.Exists(Path.Combine(_cli.Root, "nothing-here")).Should().BeFalse();
    }
}
