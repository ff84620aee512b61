using TemplateLibrary.Tools.CorpusBuilder.Conversion;
using TemplateLibrary.Tools.CorpusBuilder.Output;
using TemplateLibrary.Tools.CorpusBuilder.Rendering;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Building;

/// <summary>Prints the single- and two-column HTML renderings to PDF with Chromium.</summary>
internal sealed class ChromiumStage(CorpusLayout layout, string workDirectory, string executable, int parallelism)
{
    public async Task RunAsync(IReadOnlyList<SourceDocument> documents, TextWriter log, CancellationToken cancellationToken)
    {
        var wanted = documents
            .Where(d => d.Format is OutputFormat.PdfChromium or OutputFormat.PdfChromiumTwoColumn)
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var directory = Path.Combine(workDirectory, "chromium");
        Directory.CreateDirectory(directory);
        var jobs = new List<(string Html, string Pdf)>();
        foreach (var document in wanted)
        {
            var pageLayout = document.Format == OutputFormat.PdfChromiumTwoColumn ? PageLayout.PrintTwoColumn : PageLayout.Print;
            var html = Path.Combine(directory, document.BaseName + ".html");
            await File.WriteAllTextAsync(html, HtmlPageRenderer.Render(document, pageLayout), cancellationToken).ConfigureAwait(false);
            jobs.Add((html, Path.Combine(directory, document.BaseName + ".pdf")));
        }

        await new ChromiumPrinter(executable, directory, parallelism).PrintAsync(jobs, cancellationToken).ConfigureAwait(false);
        foreach (var document in wanted)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, document.BaseName + ".pdf"), cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(layout.PathOf(document), GeneratedFileFinisher.FinishPdf(bytes, document), cancellationToken).ConfigureAwait(false);
        }

        log.WriteLine($"  Chromium: {wanted.Count} HTML -> PDF");
    }
}
