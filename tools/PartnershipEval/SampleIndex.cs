using Microsoft.Extensions.DependencyInjection;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Composition;

namespace TemplateLibrary.Tools.PartnershipEval;

/// <summary>Opens an index, ingesting the sample library into it first when asked (with its manifest's tags, or the
/// tagger's alone).</summary>
internal sealed class SampleIndex : IDisposable
{
    private readonly ServiceProvider provider;

    private SampleIndex(ServiceProvider provider)
    {
        this.provider = provider;
    }

    public LibraryIndex Index => provider.GetRequiredService<LibraryIndex>();

    public static SampleIndex Open(string directory, string? corpus, bool manifest)
    {
        var provider = new ServiceCollection().AddTemplateLibrary(new LibrarySetup { IndexDirectory = directory }).BuildServiceProvider();
        var sample = new SampleIndex(provider);
        if (corpus is not null)
        {
            sample.Ingest(corpus, manifest);
        }

        return sample;
    }

    public void Dispose() => provider.Dispose();

    // A file whose tagging ran past its time limit on a busy machine is read again: the rest are unchanged by then.
    private void Ingest(string corpus, bool manifest)
    {
        var pipelines = provider.GetRequiredService<LibraryPipelines>();
        var request = new IngestionRequest
        {
            Paths = [Path.GetFullPath(corpus)],
            Manifest = manifest ? ManifestReader.Read(Path.Combine(corpus, "manifest.csv"), pipelines.Vocabulary) : null,
        };
        for (var attempt = 1; ; attempt++)
        {
            var report = pipelines.Create(ocr: false).Run(request);
            var failed = report.Files.Where(f => f.Kind == FileOutcomeKind.Failed).ToList();
            if (failed.Count == 0 || attempt == 3)
            {
                foreach (var file in failed)
                {
                    Console.Error.WriteLine($"warning: {file.Path}: {file.Reason}");
                }

                return;
            }
        }
    }
}
