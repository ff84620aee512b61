namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Converts many files in one headless LibreOffice run, with a private profile so runs do not collide.</summary>
internal sealed class LibreOfficeConverter(string executable, string profileDirectory)
{
    /// <summary>Converts every input to <paramref name="targetExtension"/> with <paramref name="filter"/>; returns the output paths in input order.</summary>
    public async Task<IReadOnlyList<string>> ConvertAsync(
        IReadOnlyList<string> inputs, string targetExtension, string filter, string outputDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var outputs = inputs
            .Select(i => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(i) + "." + targetExtension))
            .ToList();
        var pending = inputs.ToList();

        // LibreOffice occasionally drops a file from a long batch; one retry of just those files is enough.
        for (var attempt = 1; attempt <= 2 && pending.Count > 0; attempt++)
        {
            await RunBatchAsync(pending, targetExtension, filter, outputDirectory, cancellationToken).ConfigureAwait(false);
            pending = pending.Where(i => !IsWritten(Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(i) + "." + targetExtension))).ToList();
        }

        if (pending.Count > 0)
        {
            throw new ConversionException(
                $"LibreOffice ({filter}) did not convert {pending.Count} file(s): {string.Join(", ", pending.Select(Path.GetFileName))}");
        }

        return outputs;
    }

    private async Task RunBatchAsync(
        IReadOnlyList<string> inputs, string targetExtension, string filter, string outputDirectory, CancellationToken cancellationToken)
    {
        var profileUri = new Uri(Path.GetFullPath(profileDirectory) + Path.DirectorySeparatorChar).AbsoluteUri;
        var arguments = new List<string>
        {
            $"-env:UserInstallation={profileUri}", "--headless", "--norestore", "--nolockcheck",
            "--convert-to", $"{targetExtension}:{filter}", "--outdir", outputDirectory,
        };
        arguments.AddRange(inputs);
        var timeout = TimeSpan.FromSeconds(180 + (6 * inputs.Count));
        await ProcessRunner.RunAsync(executable, arguments, timeout, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsWritten(string path) => File.Exists(path) && new FileInfo(path).Length > 0;
}
