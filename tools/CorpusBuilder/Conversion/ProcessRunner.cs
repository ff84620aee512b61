using System.Diagnostics;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Runs an external converter and fails loudly, with its output, when it fails.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs the process to completion; throws <see cref="ConversionException"/> on a non-zero exit or timeout.</summary>
    public static async Task RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        _ = await RunForOutputAsync(fileName, arguments, timeout, cancellationToken).ConfigureAwait(false);

    /// <summary>Runs the process to completion and returns its standard output.</summary>
    public static async Task<string> RunForOutputAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new ConversionException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new ConversionException($"{fileName} did not finish within {timeout.TotalSeconds:0} s");
        }

        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new ConversionException($"{fileName} exited with code {process.ExitCode}:{Environment.NewLine}{output}{errors}");
        }

        return output;
    }
}
