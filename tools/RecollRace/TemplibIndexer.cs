using System.Globalization;
using System.Text.Json;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>Runs <c>templib ingest FOLDER --jobs 2 --no-ocr --json</c> into a fresh index.</summary>
internal sealed class TemplibIndexer(string templib, string documents, string work, int jobs)
{
    public (TimeSpan Elapsed, int Added, int Failed, int Skipped) Run(int round)
    {
        var index = Path.Combine(work, "templib-" + round.ToString(CultureInfo.InvariantCulture));
        var (elapsed, code, output) = TimedProcess.Run(
            templib, ["ingest", documents, "--index", index, "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "--no-ocr", "--json"]);
        if (code is not (0 or 3))
        {
            throw new InvalidOperationException($"templib exited {code}: {output}");
        }

        using var summary = JsonDocument.Parse(output);
        var root = summary.RootElement;
        return (elapsed, root.GetProperty("added").GetInt32(), root.GetProperty("failed").GetInt32(), root.GetProperty("skipped").GetInt32());
    }
}
