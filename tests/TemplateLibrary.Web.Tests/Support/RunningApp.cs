using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace TemplateLibrary.Web.Tests.Support;

/// <summary>The real app listening on 127.0.0.1 with a free port, over a temporary copy of the test library.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    public const string ApiKey = "librarian-test-key";

    private readonly WebApplication _app;

    private RunningApp(WebApplication app, string root, Uri address)
    {
        _app = app;
        Root = root;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Root { get; }

    public static async Task<RunningApp> StartAsync(string? uploadApiKey = ApiKey, LogCollector? logs = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "templib-web-" + Guid.NewGuid().ToString("N")[..8]);
        var corpus = Path.Combine(root, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "library")))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        var options = new LibraryWebOptions
        {
            IndexDirectory = Path.Combine(root, "index"),
            CorpusDirectory = corpus,
            Urls = "http://127.0.0.1:0",
            UploadApiKey = uploadApiKey,
            ConfigureLogging = logs is null ? null : logging => logging.AddProvider(logs),
        };
        options = TestBackend.Attach(options);
        var app = LibraryWebApp.Build(options, [logs is null ? "--Logging:LogLevel:Default=Warning" : "--Logging:LogLevel:Default=Information"]);
        await app.StartAsync();
        var address = new Uri(app.Urls.First(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        return new RunningApp(app, root, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown only leaves a temp folder behind.
        }
    }
}
