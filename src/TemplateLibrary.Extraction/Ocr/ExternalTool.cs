using System.Diagnostics;
using System.Globalization;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Ocr;

/// <summary>Finds programs on the PATH and runs them with arguments (never a shell), a time limit and cancellation.</summary>
internal static class ExternalTool
{
    /// <summary>The full path of an executable on the PATH, or null.</summary>
    public static string? Find(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs the program and returns its standard output; a non-zero exit is an <see cref="ExtractionException"/>.</summary>
    public static string Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract would otherwise start a thread per core for each page; the pipeline already runs pages in parallel.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new ExtractionException($"could not start {Path.GetFileName(program)}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ExtractionException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(program)} took over {timeout.TotalSeconds:0} s"));
        }

        if (process.ExitCode != 0)
        {
            var message = error.GetAwaiter().GetResult().Split('\n', 2)[0].Trim();
            throw new ExtractionException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(program)} failed (exit {process.ExitCode}): {message}"));
        }

        return output.GetAwaiter().GetResult();
    }
}
