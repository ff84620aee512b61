using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TemplateLibrary.Web.Accounts;
using Microsoft.Extensions.Logging;

namespace TemplateLibrary.Web.Tests.Support;

/// <summary>The real app listening on 127.0.0.1 with a free port, over a temporary copy of the test library.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    public const string LibrarianName = "lib.one";

    public const string ReaderName = "reader.one";

    public const string AdminName = "admin.one";

    public const string Password = "correct horse battery";

    private readonly WebApplication _app;

    private RunningApp(WebApplication app, string root, Uri address)
    {
        _app = app;
        Root = root;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
        var accounts = app.Services.GetRequiredService<AccountStore>();
        accounts.Add(LibrarianName, Roles.Librarian, Password);
        accounts.Add(ReaderName, Roles.Reader, Password);
        accounts.Add(AdminName, Roles.Admin, Password);
        LibrarianToken = accounts.IssueToken(LibrarianName);
        ReaderToken = accounts.IssueToken(ReaderName);
    }

    /// <summary>The librarian's API token.</summary>
    public string LibrarianToken { get; }

    /// <summary>The reader's API token.</summary>
    public string ReaderToken { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Root { get; }

    public static async Task<RunningApp> StartAsync(LogCollector? logs = null, int failedSignInsPerMinute = 100, Func<LibraryWebOptions, LibraryWebOptions>? configure = null)
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
            FailedSignInsPerMinute = failedSignInsPerMinute,
            ConfigureLogging = logs is null ? null : logging => logging.AddProvider(logs),
        };
        options = TestBackend.Attach(configure?.Invoke(options) ?? options);
        var app = LibraryWebApp.Build(options, [logs is null ? "--Logging:LogLevel:Default=Warning" : "--Logging:LogLevel:Default=Information"]);
        await app.StartAsync();
        var address = new Uri(app.Urls.First(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        return new RunningApp(app, root, address);
    }

    /// <summary>A client with its own cookies, signed in through the form (antiforgery token and all).</summary>
    public async Task<HttpClient> SignedInClientAsync(string name)
    {
        var client = NewClient();
        using var response = await SignInAsync(client, name, Password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {name} gave {response.StatusCode}");
        }

        return client;
    }

    /// <summary>A client with its own cookies that does not follow redirects.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Posts the sign-in form with a fresh antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var (field, token) = await FormTokenAsync(client, "/signin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [field] = token, ["name"] = name, ["password"] = password, ["returnUrl"] = "/" });
        return await client.PostAsync(new Uri("/signin", UriKind.Relative), form);
    }

    /// <summary>The antiforgery field name and token of the first form on a page.</summary>
    public static async Task<(string Field, string Token)> FormTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(html, "<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\">");
        if (!match.Success)
        {
            throw new InvalidOperationException($"{url} has no antiforgery token");
        }

        return (match.Groups["name"].Value, System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value));
    }

    /// <summary>Uploads one Markdown file with the librarian's API token and returns its document id.</summary>
    public async Task<string> UploadAsync(string fileName, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "files", fileName } },
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LibrarianToken);
        using var response = await Client.SendAsync(request);
        using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = report.RootElement.GetProperty("files")[0];
        return file.GetProperty("status").GetString() == "added"
            ? file.GetProperty("id").GetString()!
            : throw new InvalidOperationException($"{fileName} was not added: {file}");
    }

    /// <summary>A note the tagger files under Legal with low confidence (the cue is only deep in the body) and no model or type,
    /// so the review queue lists all three facets; <paramref name="marker"/> makes its content (and hash) unique.</summary>
    public static string UncertainNote(string marker)
    {
        var body = string.Concat(Enumerable.Range(1, 30).Select(i => $"Paragraph {i} records general matters discussed by officers at length. "));
        return $"# Working notes {marker}\n\nThese are working notes kept by the officer.\n\n{body}\n\nThe legal team was mentioned once.\n";
    }

    /// <summary>Posts a form with the client's own antiforgery token (taken from the sign-in page) and the fields given.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string>? fields = null)
    {
        var (field, token) = await FormTokenAsync(client, "/signin");
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { [field] = token };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
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
