using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Hosting;

/// <summary>One app on a first run with every log entry collected, and what it logged while starting.</summary>
public sealed class LoggedAppFixture : IAsyncLifetime
{
    private RunningApp? _app;

    public RunningApp App => _app ?? throw new InvalidOperationException("the app has not started");

    public LogCollector Logs { get; } = new();

    /// <summary>The messages logged from the start to the first answer, kept apart from what the tests clear.</summary>
    public IReadOnlyList<string> StartupMessages { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        _app = await RunningApp.StartAsync(Logs);
        StartupMessages = Logs.Entries.Select(e => e.Message).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
