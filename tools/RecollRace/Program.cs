using System.Globalization;
using TemplateLibrary.Tools.RecollRace;

// Usage: dotnet run --project tools/RecollRace -c Release -- [--docs DIR] [--templib PATH] [--rounds 3] [--jobs 2] [--profile]
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

    // One untimed run of each first, so both find the files in the page cache.
    ours.Run(0);
    recoll?.Run(0);
    var ourTimes = new List<double>();
    var recollTimes = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        var (elapsed, added, failed, skipped) = ours.Run(round);
        ourTimes.Add(elapsed.TotalSeconds);
        var line = string.Create(CultureInfo.InvariantCulture, $"round {round}: templib ingest --jobs {jobs} {elapsed.TotalSeconds:0.00} s ({added} added, {failed} failed, {skipped} skipped)");
        if (recoll is not null)
        {
            recollTimes.Add(recoll.Run(round).TotalSeconds);
            line += string.Create(CultureInfo.InvariantCulture, $"; recollindex -z {recollTimes[^1]:0.00} s");
        }

        Console.WriteLine(line);
    }

    var ourMedian = Median(ourTimes);
    Console.Write(string.Create(CultureInfo.InvariantCulture, $"median: templib {ourMedian:0.00} s"));
    if (recollTimes.Count > 0)
    {
        var recollMedian = Median(recollTimes);
        Console.Write(string.Create(CultureInfo.InvariantCulture, $", recollindex {recollMedian:0.00} s, ratio {ourMedian / recollMedian:0.00} (target <= 0.33)"));
    }

    Console.WriteLine();
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

// templib as a user installs it: published, ReadyToRun, for this machine's runtime.
static string Publish(string root, string work)
{
    var output = Path.Combine(work, "templib");
    Console.WriteLine("Publishing templib (Release, ReadyToRun)…");
    var (_, code, log) = TimedProcess.Run("dotnet", [
        "publish", Path.Combine(root, "src", "TemplateLibrary.Cli"), "-c", "Release",
        "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "-nologo", "-v", "q"]);
    return code == 0 ? Path.Combine(output, "templib") : throw new InvalidOperationException("dotnet publish failed:\n" + log);
}

string? Arg(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static double Median(List<double> values)
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
