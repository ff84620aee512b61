using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Cli.Tests.Ingestion;

public sealed class IngestBesideServerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "templib-beside-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Ingest_BesideARunningServer_SucceedsWhileEverySearchAnswersAndTheServerFindsTheNewDocuments()
    {
        var index = Path.Combine(root, "index");
        var first = Write("first", 40, "shared legal service");
        var second = Write("second", 60, "zephyrine waste partnership");
        var empty = Directory.CreateDirectory(Path.Combine(root, "empty")).FullName;
        // The first ingest only sets the library up: in-process. The server and the ingest beside it are processes.
        var setUp = CliRunner.RunIn(root, string.Empty, "ingest", first, "--index", index, "--json");
        setUp.ExitCode.Should().Be(0, setUp.Error);
        SqliteConnection.ClearAllPools();

        var port = FreePort();
        using var server = TemplibProcess.Start(root, "serve", "--index", index, "--corpus", empty, "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilAsync(async () => await TotalAsync(client, "shared") == 40, TimeSpan.FromSeconds(60), server);

        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var searches = 0;
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri("/api/search?q=shared+service+OR+waste", UriKind.Relative));
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }

                    searches++;
                }
                catch (HttpRequestException error)
                {
                    failures.Add(error.Message);
                }
            }
        });

        var (code, output, error) = TemplibProcess.Run(root, TimeSpan.FromMinutes(2), "ingest", second, "--index", index, "--json");
        var ingested = Stopwatch.StartNew();
        code.Should().Be(0, error);
        JsonDocument.Parse(output).RootElement.GetProperty("added").GetInt32().Should().Be(60);
        await WaitUntilAsync(async () => await TotalAsync(client, "zephyrine") == 60, TimeSpan.FromSeconds(20), server);
        var seenAfter = ingested.Elapsed;

        await stop.CancelAsync();
        await searching;
        failures.Should().BeEmpty("no search fails while the ingest runs");
        searches.Should().BeGreaterThan(0);
        seenAfter.Should().BeLessThan(TimeSpan.FromSeconds(20), "the server picks up the new documents within seconds");
        (await TotalAsync(client, "shared")).Should().Be(40);
    }

    private string Write(string name, int count, string words)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{name}{i:D3}.md"), $"# {name} document {i}\n\nAbout the {words}, number {i}. The councils agree the recharge.");
        }

        return folder;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return -1;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TemplibProcess server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            server.Process.HasExited.Should().BeFalse($"the server stopped: {server.Error}");
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"not true within {timeout}; server output: {server.Output} {server.Error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
