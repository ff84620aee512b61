using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SearchBench;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;

var documents = Option(args, "--docs", 10_000);
var queries = Option(args, "--queries", 1_000);
var seed = Option(args, "--seed", 42);
var keep = args.Contains("--keep");
var reuseAt = Array.IndexOf(args, "--reuse");
var reuse = reuseAt >= 0 && reuseAt + 1 < args.Length ? args[reuseAt + 1] : null;
var queryAt = Array.IndexOf(args, "--query");
// One query repeated (a page of 20) on an existing library: `--reuse index --docs 0 --query "shared service"`.
var fixedQuery = queryAt >= 0 && queryAt + 1 < args.Length ? args[queryAt + 1] : null;
var dumpAt = Array.IndexOf(args, "--dump");
// Every response and similar-documents list as JSON lines: two builds' dumps of one library are compared with diff.
using var dump = dumpAt >= 0 && dumpAt + 1 < args.Length ? new StreamWriter(args[dumpAt + 1]) : null;
var json = ContractJson.Configure(new JsonSerializerOptions());
var directory = reuse ?? Path.Combine(Path.GetTempPath(), "templib-searchbench-" + Guid.NewGuid().ToString("N"));
keep |= reuse is not null;

Console.WriteLine(Invariant($"SearchBench: {documents} documents, {queries} queries, seed {seed}, {Environment.ProcessorCount} cores"));
var corpus = new CorpusGenerator(seed);
var index = LibraryIndex.Open(directory);
try
{
    var build = Stopwatch.StartNew();
    var slowestBatch = TimeSpan.Zero;
    long words = 0;
    var applyCpu = new List<double>();
    for (var start = 0; start < (reuse is null ? documents : 0); start += 500)
    {
        var changes = new IndexChangeSet();
        for (var i = start; i < Math.Min(documents, start + 500); i++)
        {
            var record = corpus.Next(i);
            words += record.WordCount;
            changes.Upserts.Add(record);
        }

        var batch = Stopwatch.StartNew();
        var cpu = ThreadClock.NowMs();
        index.Apply(changes);
        applyCpu.Add(ThreadClock.NowMs() - cpu);
        slowestBatch = batch.Elapsed > slowestBatch ? batch.Elapsed : slowestBatch;
    }

    build.Stop();
    var stats = index.GetStats();
    Console.WriteLine(Invariant($"build: {build.Elapsed.TotalSeconds:F1} s (generation included), slowest Apply of 500: {slowestBatch.TotalMilliseconds:F0} ms, {words / 1_000_000.0:F1} M words"));
    if (reuse is not null)
    {
        for (var i = 0; i < documents; i++)
        {
            corpus.Next(i); // keep the random sequence (and so the queries) the same as a fresh build's
        }
    }

    Console.WriteLine(Invariant($"Apply of 500 documents (~{words / Math.Max(1, documents) * 500 / 1000}k words), thread CPU: median {applyCpu.Order().ElementAtOrDefault(applyCpu.Count / 2):F0} ms, max {applyCpu.DefaultIfEmpty().Max():F0} ms"));
    Console.WriteLine(Invariant($"index: {(stats.DatabaseBytes + stats.IndexBytes) / 1_048_576.0:F1} MiB (catalogue {stats.DatabaseBytes / 1_048_576.0:F1}, full-text {stats.IndexBytes / 1_048_576.0:F1}), {stats.Documents} documents"));

    var generator = new QueryGenerator(corpus);
    (string Kind, SearchRequest Request) Next() => fixedQuery is null ? generator.Next() : ("fixed query", new SearchRequest { Query = fixedQuery });
    for (var i = 0; i < 50; i++)
    {
        index.Search(Next().Request); // warm: snapshot, page cache, JIT
    }

    var timings = new List<(string Kind, double Ms, double Cpu, int Total)>();
    var processCpu = new List<double>();
    var slowest = new List<(double Cpu, string Query)>();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var collectionsBefore = GC.CollectionCount(0);
    for (var i = 0; i < queries; i++)
    {
        var (kind, request) = Next();
        var watch = Stopwatch.StartNew();
        var cpu = ThreadClock.NowMs();
        var process = ThreadClock.ProcessNowMs();
        var response = index.Search(request);
        processCpu.Add(ThreadClock.ProcessNowMs() - process);
        timings.Add((kind, watch.Elapsed.TotalMilliseconds, ThreadClock.NowMs() - cpu, response.Total));
        dump?.WriteLine(JsonSerializer.Serialize(request, json) + "\t" + JsonSerializer.Serialize(response, json));
        slowest.Add((timings[^1].Cpu, $"{kind}: \"{request.Query}\" {string.Join(' ', request.Filters.Select(f => f.Key + "=" + string.Join('|', f.Value)))} sort {request.Sort}, {response.Total} hits"));
    }

    Console.WriteLine("search latency (warm), wall clock:");
    Report("all", timings.Select(t => t.Ms).ToList(), timings.Average(t => t.Total));
    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / Math.Max(1, queries);
    Console.WriteLine(Invariant($"allocated per search: {allocated:F0} KiB; gen0 collections: {GC.CollectionCount(0) - collectionsBefore}"));
    Console.WriteLine("search CPU time of the whole process (slices on other threads, garbage collection):");
    Report("all", processCpu, timings.Average(t => t.Total));
    Console.WriteLine("search CPU time of the calling thread (what the machine's load does not inflate):");
    Report("all", timings.Select(t => t.Cpu).ToList(), timings.Average(t => t.Total));
    foreach (var group in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Report(group.Key, group.Select(t => t.Cpu).ToList(), group.Average(t => t.Total));
    }

    var showSlowest = Option(args, "--slowest", 0);
    foreach (var (cpu, text) in slowest.OrderByDescending(s => s.Cpu).Take(showSlowest))
    {
        Console.WriteLine(Invariant($"  {cpu,6:F2} ms cpu  {text}"));
    }

    if (fixedQuery is not null)
    {
        return; // Its library is not the generated one: the similar-documents and suggestion runs look for generated ids and words.
    }

    var other = new List<double>();
    var ids = Enumerable.Range(0, 50).Select(i => $"doc-{i * (documents / 50):D6}").ToList();
    foreach (var id in ids)
    {
        var cpu = ThreadClock.NowMs();
        var similar = index.FindSimilar(id, 10);
        other.Add(ThreadClock.NowMs() - cpu);
        dump?.WriteLine(id + "\t" + JsonSerializer.Serialize(similar, json));
    }

    Console.WriteLine("other calls, thread CPU time:");
    Report("similar", other, 10);
    other.Clear();
    foreach (var prefix in new[] { "sh", "shared le", "pro", "joint comm", "delegat", "te" })
    {
        var cpu = ThreadClock.NowMs();
        var suggestions = index.Suggest(prefix, 8);
        other.Add(ThreadClock.NowMs() - cpu);
        dump?.WriteLine(prefix + "\t" + JsonSerializer.Serialize(suggestions, json));
    }

    Report("suggest", other, 8);
}
finally
{
    index.Dispose();
    if (!keep)
    {
        Directory.Delete(directory, recursive: true);
    }
    else
    {
        Console.WriteLine($"index kept in {directory}");
    }
}

static void Report(string name, List<double> values, double averageTotal)
{
    values.Sort();
    double At(double p) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
    Console.WriteLine(Invariant(
        $"{name,-26} n={values.Count,5}  median {At(0.5),6:F2}  p95 {At(0.95),6:F2}  p99 {At(0.99),6:F2}  max {values[^1],6:F2} ms  (avg hits {averageTotal:F0})"));
}

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
