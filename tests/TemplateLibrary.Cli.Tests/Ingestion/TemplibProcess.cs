using System.Diagnostics;
using System.Text;

namespace TemplateLibrary.Cli.Tests.Ingestion;

/// <summary>The built `templib` run as a separate process, with its output collected.</summary>
internal sealed class TemplibProcess : IDisposable
{
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private TemplibProcess(Process process)
    {
        Process = process;
    }

    public Process Process { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    public static TemplibProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "templib"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var started = new TemplibProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(started.output, e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(started.error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Runs to the end (or fails the test after the timeout) and returns the exit code.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var run = Start(workingDirectory, args);
        if (!run.Process.WaitForExit(timeout))
        {
            run.Process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"templib {string.Join(' ', args)} did not finish in {timeout}");
        }

        run.Process.WaitForExit();
        return (run.Process.ExitCode, run.Output, run.Error);
    }

    public void Kill()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
