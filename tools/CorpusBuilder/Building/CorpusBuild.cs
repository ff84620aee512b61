using System.Diagnostics;
using System.Text;
using TemplateLibrary.Tools.CorpusBuilder.Conversion.OpenXml;
using TemplateLibrary.Tools.CorpusBuilder.Output;
using TemplateLibrary.Tools.CorpusBuilder.Rendering;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Building;

/// <summary>The <c>build</c> command: validates every source, empties the generated folders, regenerates them and the manifest.</summary>
internal sealed class CorpusBuild(CorpusLayout layout, BuildOptions options)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public async Task RunAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var documents = SourceLoader.Load(layout.SourcesDirectory);
        log.WriteLine($"Read {documents.Count} valid source(s) from {layout.SourcesDirectory}");

        Clean();
        foreach (var type in documents.Select(d => d.Type).Distinct())
        {
            Directory.CreateDirectory(Path.Combine(layout.CorpusDirectory, type));
        }

        var workDirectory = Path.Combine(Path.GetTempPath(), "corpus-builder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDirectory);
        try
        {
            var libreOffice = new LibreOfficeStage(layout, workDirectory, options.SofficePath).RunAsync(documents, log, cancellationToken);
            var chromium = new ChromiumStage(layout, workDirectory, options.ChromiumPath, options.Parallelism).RunAsync(documents, log, cancellationToken);
            await WriteDirectFormatsAsync(documents, cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(libreOffice, chromium).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(workDirectory, recursive: true);
        }

        await File.WriteAllTextAsync(layout.ManifestPath, ManifestWriter.Render(documents), Utf8NoBom, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"Wrote {documents.Count} document(s) and {Path.GetRelativePath(layout.RepositoryRoot, layout.ManifestPath)} in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private void Clean()
    {
        foreach (var directory in layout.OwnedDirectories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }

        if (File.Exists(layout.ManifestPath))
        {
            File.Delete(layout.ManifestPath);
        }
    }

    private async Task WriteDirectFormatsAsync(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            var path = layout.PathOf(document);
            switch (document.Format)
            {
                case OutputFormat.Markdown:
                    await File.WriteAllTextAsync(path, MarkdownFileWriter.Render(document), Utf8NoBom, cancellationToken).ConfigureAwait(false);
                    break;
                case OutputFormat.Html:
                    await File.WriteAllTextAsync(path, HtmlPageRenderer.Render(document, PageLayout.WebPage), Utf8NoBom, cancellationToken).ConfigureAwait(false);
                    break;
                case OutputFormat.DocxOpenXml:
                    var docx = GeneratedFileFinisher.FinishPackage(OpenXmlDocxWriter.Write(document), document);
                    await File.WriteAllBytesAsync(path, docx, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }
}
