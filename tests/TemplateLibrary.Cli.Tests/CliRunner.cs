namespace TemplateLibrary.Cli.Tests;

/// <summary>Runs `templib` in-process against a temporary copy of TestData with captured streams.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Root = Path.Combine(Path.GetTempPath(), "templib-cli-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "TestData"), Root);
    }

    public string Root { get; }

    public CliResult RunWithInput(string stdin, params string[] args) => RunIn(Root, stdin, args);

    public CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs `templib` in-process in the given directory, for tests that are not about a separate process.</summary>
    public static CliResult RunIn(string currentDirectory, string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var code = CliApp.Run(args, new CliContext(output, error, input, currentDirectory, interactive: false));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
