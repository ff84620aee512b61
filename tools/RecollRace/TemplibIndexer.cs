using System.Globalization;
using System.Text.Json;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>Runs <c>templib ingest FOLDER --jobs 2 --no-ocr --json</c> into a fresh index.</summary>
internal sealed class TemplibIndexer(string templib, string documents, string work, int jobs)
{
    public (TimedRun Run, int Added, int Failed, int Skipped) Run(int round)
    {
        var index = Path.Combine(work, "templib-" + round.ToString(CultureInfo.InvariantCulture));
        var run = TimedProcess.Run(
            templib, ["ingest", documents, "--index", index, "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "--no-ocr", "--json"]);
        if (run.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException($"templib exited {run.ExitCode}: {run.Output}");
        }

        using var summary = JsonDocument.Parse(run.Output);
        var root = summary.RootElement;
        return (run, root.GetProperty("added").GetInt32(), root.GetProperty("failed").GetInt32(), root.GetProperty("skipped").GetInt32());
    }
}
