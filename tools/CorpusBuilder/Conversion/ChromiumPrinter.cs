namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Prints HTML files to PDF with headless Chromium, a few at a time, each with a throwaway profile.</summary>
internal sealed class ChromiumPrinter(string executable, string scratchDirectory, int parallelism)
{
    /// <summary>Prints each (html, pdf) pair; throws if any PDF is missing afterwards.</summary>
    public async Task PrintAsync(IReadOnlyList<(string Html, string Pdf)> jobs, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(jobs, options, async (job, token) =>
        {
            var profile = Path.Combine(scratchDirectory, "chromium-" + Path.GetFileNameWithoutExtension(job.Html));
            Directory.CreateDirectory(profile);
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", $"--user-data-dir={profile}",
                "--no-pdf-header-footer", $"--print-to-pdf={job.Pdf}", new Uri(Path.GetFullPath(job.Html)).AbsoluteUri,
            ];
            await ProcessRunner.RunAsync(executable, arguments, TimeSpan.FromSeconds(300), token).ConfigureAwait(false);
            if (!File.Exists(job.Pdf) || new FileInfo(job.Pdf).Length == 0)
            {
                throw new ConversionException($"Chromium did not print {Path.GetFileName(job.Html)}");
            }

            Directory.Delete(profile, recursive: true);
        }).ConfigureAwait(false);
    }
}
