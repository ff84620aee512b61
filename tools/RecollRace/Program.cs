using System.Globalization;
using TemplateLibrary.Tools.RecollRace;

// Usage: dotnet run --project tools/RecollRace -c Release -- [--docs DIR] [--templib PATH] [--rounds 3] [--jobs 2] [--profile]
// --rounds 0 with --profile prints the profile alone.
// Without --templib, templib is published (ReadyToRun) into the temporary folder first.
// Ingests DIR (default: shared/eval/realdocs beside the repository or a folder above it) with templib and with recollindex -z, alternately, and prints both wall times.
var root = FindRepositoryRoot();
var documents = Path.GetFullPath(Arg("--docs") ?? FindRealDocs(root));
var templibArg = Arg("--templib");
var rounds = int.Parse(Arg("--rounds") ?? "3", CultureInfo.InvariantCulture);
var jobs = int.Parse(Arg("--jobs") ?? "2", CultureInfo.InvariantCulture);
if (!Directory.Exists(documents))
{
    Console.Error.WriteLine($"no documents at {documents} (give --docs DIR)");
    return 2;
}

var work = Directory.CreateTempSubdirectory("recoll-race-").FullName;
try
{
    var templib = templibArg ?? Publish(root, work);
    var files = Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories).ToList();
    Console.WriteLine($"{files.Count} files, {files.Sum(f => new FileInfo(f).Length) / 1048576.0:0.0} MB in {documents}; {Environment.ProcessorCount} cores");
    var ours = new TemplibIndexer(templib, documents, work, jobs);
    var recollindex = TimedProcess.Find("recollindex");
    var recoll = recollindex is null ? null : new RecollIndexer(recollindex, documents, work);
    if (recoll is null)
    {
        Console.WriteLine("recollindex is not installed (apt-get install recoll): timing templib alone");
    }

    if (rounds > 0)
    {
        Race(ours, recoll, rounds, jobs);
    }

    if (args.Contains("--profile"))
    {
        IngestProfile.Run(templib, documents, work, Console.Out);
    }

    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

// One untimed run of each first, so both find the files in the page cache; then rounds alternate. Processor time
// (user + system, Recoll's filter programs included) is printed beside wall time: on a machine others are using, it moves
// far less than wall time.
static void Race(TemplibIndexer ours, RecollIndexer? recoll, int rounds, int jobs)
{
    ours.Run(0);
    recoll?.Run(0);
    var ourTimes = new List<TimedRun>();
    var recollTimes = new List<TimedRun>();
    for (var round = 1; round <= rounds; round++)
    {
        var (run, added, failed, skipped) = ours.Run(round);
        ourTimes.Add(run);
        var line = string.Create(CultureInfo.InvariantCulture, $"round {round}: templib ingest --jobs {jobs} {run.Elapsed.TotalSeconds:0.00} s{Cpu(run)} ({added} added, {failed} failed, {skipped} skipped)");
        if (recoll is not null)
        {
            recollTimes.Add(recoll.Run(round));
            line += string.Create(CultureInfo.InvariantCulture, $"; recollindex -z {recollTimes[^1].Elapsed.TotalSeconds:0.00} s{Cpu(recollTimes[^1])}");
        }

        Console.WriteLine(line);
    }

    var ourMedian = Median(ourTimes.Select(t => t.Elapsed.TotalSeconds));
    var ourCpu = Median(ourTimes.Select(t => t.Cpu?.TotalSeconds ?? double.NaN));
    Console.Write(string.Create(CultureInfo.InvariantCulture, $"median: templib {ourMedian:0.00} s (cpu {ourCpu:0.00} s)"));
    if (recollTimes.Count > 0)
    {
        var recollMedian = Median(recollTimes.Select(t => t.Elapsed.TotalSeconds));
        var recollCpu = Median(recollTimes.Select(t => t.Cpu?.TotalSeconds ?? double.NaN));
        Console.Write(string.Create(
            CultureInfo.InvariantCulture,
            $", recollindex {recollMedian:0.00} s (cpu {recollCpu:0.00} s), ratio {ourMedian / recollMedian:0.00} (target <= 0.33), cpu ratio {ourCpu / recollCpu:0.00}"));
    }

    Console.WriteLine();
}

static string Cpu(TimedRun run) => run.Cpu is { } cpu ? string.Create(CultureInfo.InvariantCulture, $" (cpu {cpu.TotalSeconds:0.00} s)") : string.Empty;

// templib as a user installs it: published, ReadyToRun, for this machine's runtime.
static string Publish(string root, string work)
{
    var output = Path.Combine(work, "templib");
    Console.WriteLine("Publishing templib (Release, ReadyToRun)…");
    var publish = TimedProcess.Run("dotnet", [
        "publish", Path.Combine(root, "src", "TemplateLibrary.Cli"), "-c", "Release",
        "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "-nologo", "-v", "q"]);
    return publish.ExitCode == 0 ? Path.Combine(output, "templib") : throw new InvalidOperationException("dotnet publish failed:\n" + publish.Output);
}

string? Arg(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

// The shared evaluation set sits beside the repository, or beside a folder above it (worktrees).
static string FindRealDocs(string root)
{
    for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared", "eval", "realdocs");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    return Path.Combine(root, "..", "shared", "eval", "realdocs");
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "TemplateLibrary.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
