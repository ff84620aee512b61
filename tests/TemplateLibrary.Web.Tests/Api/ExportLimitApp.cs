using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

/// <summary>One running app whose export bundles may hold 1 KB, shared by the export limit tests, which only read.</summary>
public sealed class ExportLimitApp : IAsyncLifetime
{
    private RunningApp? _app;

    public RunningApp App => _app ?? throw new InvalidOperationException("the app has not started");

    public async ValueTask InitializeAsync() => _app = await RunningApp.StartAsync(configure: options => options with { MaxExportBundleBytes = 1024 });

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
