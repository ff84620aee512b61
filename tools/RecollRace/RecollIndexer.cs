using System.Globalization;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>Runs <c>recollindex -z</c> on a folder with a private configuration directory in a temporary folder.</summary>
internal sealed class RecollIndexer(string recollindex, string documents, string work)
{
    public TimedRun Run(int round)
    {
        var config = Path.Combine(work, "recoll-" + round.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(config);
        // The same files templib reads; no spelling dictionary (templib builds none), no other folders.
        File.WriteAllText(Path.Combine(config, "recoll.conf"), $"topdirs = {documents}\nnoaspell = 1\nloglevel = 1\n");
        var run = TimedProcess.Run(recollindex, ["-z", "-c", config], new Dictionary<string, string> { ["RECOLL_CONFDIR"] = config });
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"recollindex exited {run.ExitCode}: {run.Output}");
        }

        return run;
    }
}
