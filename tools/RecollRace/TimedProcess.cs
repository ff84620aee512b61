using System.Diagnostics;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>Runs a program to the end and measures its wall time and processor time; output is captured, not printed.</summary>
internal static class TimedProcess
{
    /// <summary>Runs the program; <see cref="TimedRun.Cpu"/> counts the children it waited for (Recoll's filters) too.</summary>
    public static TimedRun Run(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var cpuBefore = ChildCpu.Total();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        var cpu = ChildCpu.Total() - cpuBefore;
        return new TimedRun(clock.Elapsed, cpu, process.ExitCode, output.Result + error.Result);
    }

    /// <summary>The full path of a program on the PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
