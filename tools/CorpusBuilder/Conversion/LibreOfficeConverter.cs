namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Converts many files in one headless LibreOffice run, with a private profile so runs do not collide.</summary>
internal sealed class LibreOfficeConverter(string executable, string profileDirectory)
{
    /// <summary>Converts every input to <paramref name="targetExtension"/> with <paramref name="filter"/>; returns the output paths in input order.</summary>
    public async Task<IReadOnlyList<string>> ConvertAsync(
        IReadOnlyList<string> inputs, string targetExtension, string filter, string outputDirectory, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0)
        {
            return [];
        }

        Directory.CreateDirectory(outputDirectory);
        var profileUri = new Uri(Path.GetFullPath(profileDirectory) + Path.DirectorySeparatorChar).AbsoluteUri;
        var arguments = new List<string>
        {
            $"-env:UserInstallation={profileUri}", "--headless", "--norestore", "--nolockcheck",
            "--convert-to", $"{targetExtension}:{filter}", "--outdir", outputDirectory,
        };
        arguments.AddRange(inputs);
        var timeout = TimeSpan.FromSeconds(180 + (6 * inputs.Count));
        await ProcessRunner.RunAsync(executable, arguments, timeout, cancellationToken).ConfigureAwait(false);

        var outputs = inputs
            .Select(i => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(i) + "." + targetExtension))
            .ToList();
        var missing = outputs.Where(o => !File.Exists(o) || new FileInfo(o).Length == 0).ToList();
        if (missing.Count > 0)
        {
            throw new ConversionException(
                $"LibreOffice ({filter}) did not write {missing.Count} file(s): {string.Join(", ", missing.Select(Path.GetFileName))}");
        }

        return outputs;
    }
}
