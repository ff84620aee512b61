namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class ArrangementCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Arrangement_VehicleAndHost_CorrectedKeptAfterReingestAndAudited()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json").ExitCode.Should().BeOneOf(0, 3);
        var waste = _cli.Run("partnerships", "--model", "joint-committee", "--json").Json.GetProperty("items")[0];
        var id = waste.GetProperty("id").GetString()!;

        var result = _cli.Run("arrangement", id, "--vehicle", "lead-authority", "--partner", "Larkmoor District Council=lead", "--partner", "Millbeck Borough Council", "--partner", "Saltmarsh District Council");
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--force", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        var after = _cli.Run("partnerships", "--model", "lead-authority", "--category", "waste-environmental", "--json").Json.GetProperty("items")[0];
        after.GetProperty("id").GetString().Should().Be(id);
        after.GetProperty("members")[0].GetProperty("role").GetString().Should().Be("lead");
        _cli.Run("audit", "--action", "arrangement-correct").Output.Should().Contain(id);
    }

    [Fact]
    public void Arrangement_BadRoleOrUnknownId_Refused()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
        var id = _cli.Run("partnerships", "--json").Json.GetProperty("items")[0].GetProperty("id").GetString()!;

        _cli.Run("arrangement", id, "--partner", "Larkmoor District Council=boss").ExitCode.Should().Be(2);
        _cli.Run("arrangement", "no-such-arrangement", "--status", "dissolved").ExitCode.Should().Be(1);
        _cli.Run("arrangement", id).ExitCode.Should().Be(2);
    }
}
