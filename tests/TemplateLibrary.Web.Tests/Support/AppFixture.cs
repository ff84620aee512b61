namespace TemplateLibrary.Web.Tests.Support;

/// <summary>One running app shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private RunningApp? _app;

    public RunningApp App => _app ?? throw new InvalidOperationException("the app has not started");

    public async ValueTask InitializeAsync() => _app = await RunningApp.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
