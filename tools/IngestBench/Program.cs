using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Search;
using TemplateLibrary.Tools.IngestBench;

// Usage: dotnet run --project tools/IngestBench -c Release -- [--docs 10000] [--source corpus] [--work DIR] [--queries 1000]
var docs = IntArg("--docs", 10_000);
var queryCount = IntArg("--queries", 1000);
var root = FindRepositoryRoot();
var source = Path.GetFullPath(StringArg("--source", Path.Combine(root, "corpus")));
var work = Path.GetFullPath(StringArg("--work", Path.Combine(Path.GetTempPath(), "templib-ingest-bench")));
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

var library = Path.Combine(work, "library");
Console.WriteLine($"Building templib (Release)…");
Run("dotnet", ["build", Path.Combine(root, "src/TemplateLibrary.Cli"), "-c", "Release", "-nologo", "-v", "q"]);
var templib = Path.Combine(root, "src/TemplateLibrary.Cli/bin/Release/net10.0/templib");

Console.WriteLine($"Reading sources from {source}…");
var sources = ReadSources(source);
Console.WriteLine($"Generating {docs:N0} documents from {sources.Count} sources into {library}…");
var clock = Stopwatch.StartNew();
new LibraryGenerator(sources).Generate(library, docs);
var libraryBytes = Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"  {libraryBytes / 1048576.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");

var rows = new List<string[]>();
void Ingest(string name, string index, int jobs, params string[] paths)
{
    var (elapsed, peak, output, code) = ChildRun.Run(templib, ["ingest", .. paths, "--index", index, "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "--json"]);
    using var summary = JsonDocument.Parse(output);
    var added = summary.RootElement.GetProperty("added").GetInt32();
    var unchanged = summary.RootElement.GetProperty("unchanged").GetInt32();
    var failed = summary.RootElement.GetProperty("failed").GetInt32();
    var files = added + unchanged + failed;
    var megabytes = paths.Sum(p => Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)) / 1048576.0;
    rows.Add([
        name, jobs.ToString(CultureInfo.InvariantCulture), files.ToString("N0", CultureInfo.InvariantCulture),
        $"added {added}, unchanged {unchanged}, failed {failed} (exit {code})", $"{elapsed.TotalSeconds:0.0}",
        $"{files / elapsed.TotalSeconds:0}", $"{megabytes / elapsed.TotalSeconds:0.0}", $"{peak / 1048576.0:0}",
    ]);
    Console.WriteLine("  " + string.Join(" | ", rows[^1]));
}

Console.WriteLine("Ingesting…");
var mixed = Path.Combine(work, "index-mixed");
Ingest("all formats, fresh", Path.Combine(work, "index-j1"), 1, library);
Ingest("all formats, fresh", mixed, 2, library);
Ingest("all formats, no change", mixed, 2, library);
Ingest("DOCX + Markdown, fresh", Path.Combine(work, "index-docx-md"), 1, Path.Combine(library, "docx"), Path.Combine(library, "md"));
Ingest("DOCX + Markdown, fresh", Path.Combine(work, "index-docx-md2"), 2, Path.Combine(library, "docx"), Path.Combine(library, "md"));

// Every file under the index folder: the catalogue and the full-text index in its sub-folder.
var indexBytes = Directory.EnumerateFiles(mixed, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine("Searching…");
var latencies = new List<double>();
using (var index = LibraryIndex.Open(mixed))
{
    var queries = QueryMix.Create(queryCount);
    foreach (var query in queries.Take(50))
    {
        index.Search(query); // warm-up: caches and prepared statements
    }

    foreach (var query in queries)
    {
        var started = Stopwatch.GetTimestamp();
        index.Search(query);
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

latencies.Sort();
Console.WriteLine();
Console.WriteLine($"Library: {docs:N0} documents, {libraryBytes / 1048576.0:0.0} MB; index {indexBytes / 1048576.0:0.0} MB");
Console.WriteLine("| run | jobs | files | outcome | seconds | docs/s | MB/s | peak MB |");
Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|");
foreach (var row in rows)
{
    Console.WriteLine("| " + string.Join(" | ", row) + " |");
}

Console.WriteLine($"Search over {latencies.Count} queries: median {Percentile(0.5):0.00} ms, p95 {Percentile(0.95):0.00} ms, p99 {Percentile(0.99):0.00} ms, max {latencies[^1]:0.00} ms");
return 0;

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];

int IntArg(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

string StringArg(string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "TemplateLibrary.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}

static void Run(string file, string[] arguments)
{
    var (_, _, _, code) = ChildRun.Run(file, arguments);
    if (code != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {code}");
    }
}

static List<(string Title, string[] Paragraphs)> ReadSources(string folder)
{
    var extractor = FileExtractor.CreateDefault(ExtractionLimits.Default);
    var sources = new List<(string, string[])>();
    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        try
        {
            var document = extractor.Extract(file, CancellationToken.None);
            var paragraphs = document.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (paragraphs.Length >= 3)
            {
                sources.Add((document.Title ?? Path.GetFileNameWithoutExtension(file), paragraphs));
            }
        }
        catch (TemplateLibrary.Core.Errors.ExtractionException)
        {
            // Not every file in a folder is a document (the manifest, say); skip what cannot be read.
        }
    }

    return sources.Count > 0 ? sources : throw new InvalidOperationException($"no readable documents in {folder}");
}
