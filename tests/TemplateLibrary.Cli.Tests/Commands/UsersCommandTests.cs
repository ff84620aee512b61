namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class UsersCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Users_AddListTokenResetRemove_ManageTheAccounts()
    {
        var add = _cli.RunWithInput("a long enough password\n", "users", "add", "ann", "--role", "admin");
        var duplicate = _cli.RunWithInput("a long enough password\n", "users", "add", "ANN");
        var token = _cli.Run("users", "token", "ann");
        var list = _cli.Run("users", "list", "--json");
        var reset = _cli.RunWithInput("another long password\n", "users", "reset", "ann");
        var remove = _cli.Run("users", "remove", "ann");
        var missing = _cli.Run("users", "remove", "ann");

        add.ExitCode.Should().Be(ExitCodes.Success, add.Error);
        duplicate.ExitCode.Should().Be(ExitCodes.UsageError);
        duplicate.Error.Should().Contain("already exists");
        token.Output.Trim().Should().StartWith("tl_").And.HaveLength(67);
        var account = list.Json.EnumerateArray().Single();
        account.GetProperty("name").GetString().Should().Be("ann");
        account.GetProperty("role").GetString().Should().Be("admin");
        account.GetProperty("hasToken").GetBoolean().Should().BeTrue();
        list.Output.Should().NotContain(token.Output.Trim());
        reset.ExitCode.Should().Be(ExitCodes.Success);
        remove.ExitCode.Should().Be(ExitCodes.Success);
        missing.ExitCode.Should().Be(ExitCodes.UsageError);
        missing.Error.Should().Contain("no account is named 'ann'");
    }

    [Fact]
    public void UsersAdd_ShortPassword_IsRefused()
    {
        var result = _cli.RunWithInput("short\n", "users", "add", "bob");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("at least 10 characters");
    }
}
