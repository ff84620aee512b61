namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Prints HTML files to PDF with headless Chromium, a few at a time, each with a throwaway profile.</summary>
internal sealed class ChromiumPrinter(string executable, string scratchDirectory, int parallelism)
{
    private const int Attempts = 2;

    /// <summary>Prints each (html, pdf) pair; throws if any PDF is still missing after a retry.</summary>
    public async Task PrintAsync(IReadOnlyList<(string Html, string Pdf)> jobs, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(jobs, options, async (job, token) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await PrintOneAsync(job.Html, job.Pdf, token).ConfigureAwait(false);
                    return;
                }
                catch (ConversionException) when (attempt < Attempts)
                {
                    // A browser start can fail or hang on a busy machine; a second try usually succeeds.
                }
            }
        }).ConfigureAwait(false);
    }

    private async Task PrintOneAsync(string html, string pdf, CancellationToken cancellationToken)
    {
        var profile = Path.Combine(scratchDirectory, "chromium-" + Path.GetFileNameWithoutExtension(html));
        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }

        Directory.CreateDirectory(profile);
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", $"--user-data-dir={profile}",
            "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(Path.GetFullPath(html)).AbsoluteUri,
        ];
        await ProcessRunner.RunAsync(executable, arguments, TimeSpan.FromSeconds(300), cancellationToken).ConfigureAwait(false);
        if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
        {
            throw new ConversionException($"Chromium did not print {Path.GetFileName(html)}");
        }

        Directory.Delete(profile, recursive: true);
    }
}
