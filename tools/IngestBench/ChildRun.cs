using System.Diagnostics;
using System.Globalization;

namespace TemplateLibrary.Tools.IngestBench;

/// <summary>Runs a command as a child process and records its wall time and peak resident memory.</summary>
internal static class ChildRun
{
    public static (TimeSpan Elapsed, long PeakBytes, string Output, int ExitCode) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
        }

        clock.Stop();
        _ = error.Result;
        return (clock.Elapsed, peak, output.Result, process.ExitCode);
    }

    /// <summary>VmHWM, the kernel's high-water mark of the process's resident set.</summary>
    private static long ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
