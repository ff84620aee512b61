using Microsoft.Playwright;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Browser;

/// <summary>Debian's chromium driven by Playwright, and the app it browses; never a downloaded browser.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public RunningApp? App { get; private set; }

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        // Found on the PATH like the other tools the tests drive, so a PATH without it shows the tests skipping.
        var chromium = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium")).FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            SkipReason = "chromium is not on the PATH (install Debian's chromium: apt-get install -y chromium)";
            return;
        }

        App = await RunningApp.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(List<string> problems)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, BaseURL = App!.Address.ToString() });
        var page = await context.NewPageAsync();
        // CI shares two cores with the build: Playwright's 30 s default is too tight when the machine is loaded.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
