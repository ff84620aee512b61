using System.Globalization;
using System.Text.Json;

namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Drives the templib command line: build, ingest, search (the JSON contract of docs/DESIGN).</summary>
internal sealed class TemplibClient(string executable)
{
    private const int SearchFoundNothing = 1;
    private const int QueryError = 2;
    private const int SomeFilesFailed = 3;

    public string Executable { get; } = executable;

    /// <summary>Builds src/TemplateLibrary.Cli in Release (quick when up to date) and returns its templib.</summary>
    public static TemplibClient Build(string root)
    {
        var project = Path.Combine(root, "src/TemplateLibrary.Cli");
        var (code, output, error) = ProcessRunner.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "q"]);
        if (code != 0)
        {
            throw new TemplibFailedException($"dotnet build {project} exited {code}:\n{output}{error}");
        }

        return Located(Path.Combine(project, "bin/Release/net10.0/templib"));
    }

    public static TemplibClient Located(string path) =>
        File.Exists(path) ? new TemplibClient(path) : throw new UsageException($"{path}: templib not found");

    /// <summary>Ingests the library into a new index; returns how many files failed (they are then missing from the results).</summary>
    public int Ingest(string corpus, string manifest, string index)
    {
        var (code, output, error) = ProcessRunner.Run(Executable, ["ingest", corpus, "--manifest", manifest, "--index", index, "--json"]);
        if (code is not (0 or SomeFilesFailed))
        {
            throw new TemplibFailedException($"templib ingest {corpus} exited {code}: {error.Trim()}");
        }

        try
        {
            using var summary = JsonDocument.Parse(output);
            return summary.RootElement.GetProperty("failed").GetInt32();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TemplibFailedException($"templib ingest printed a summary outside the contract: {e.Message}");
        }
    }

    /// <summary>Runs one query; a query the engine rejects comes back with its message and no results.</summary>
    public (IReadOnlyList<string> Paths, int Total, string? Error) Search(string query, string index, int limit)
    {
        var (code, output, error) = ProcessRunner.Run(
            Executable,
            ["search", query, "--json", "--limit", limit.ToString(CultureInfo.InvariantCulture), "--index", index]);
        if (code == QueryError)
        {
            return ([], 0, error.Trim());
        }

        if (code is not (0 or SearchFoundNothing))
        {
            throw new TemplibFailedException($"templib search \"{query}\" exited {code}: {error.Trim()}");
        }

        try
        {
            using var json = JsonDocument.Parse(output);
            var paths = json.RootElement.GetProperty("results").EnumerateArray()
                .Select(result => result.GetProperty("path").GetString() ?? "")
                .ToList();
            return (paths, json.RootElement.GetProperty("total").GetInt32(), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TemplibFailedException($"templib search \"{query}\" printed JSON outside the contract: {e.Message}");
        }
    }
}
