using System.Net;
using System.Net.Sockets;

namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class ServeAndIndexErrorTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Search_NoIndex_SaysSoAndCreatesNothing()
    {
        var result = _cli.Run("search", "legal", "--index", "no-index-here");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().Contain("no index in").And.Contain("templib ingest");
        Directory.Exists(Path.Combine(_cli.Root, "no-index-here")).Should().BeFalse();
    }

    [Fact]
    public void Serve_BusyPort_OneLineAndExit2()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = _cli.Run("serve", "--urls", $"http://127.0.0.1:{port}", "--index", "serve-index", "--corpus", "no-corpus-here");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain("address already in use").And.Contain("--urls");
    }
}
