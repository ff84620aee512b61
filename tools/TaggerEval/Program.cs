using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Tools.TaggerEval.Evaluation;

// Usage: dotnet run --project tools/TaggerEval -- [--set DIR] [--manifest FILE.csv] [--pages FILE.json] [--taxonomy FILE] [--sources DIR] [--explain FILE] [--verbose]
var set = "tests/TaggerEval.Tests/TestData/Tagging/EvalSet";
string? manifest = null;
string? taxonomyPath = null;
string? explain = null;
string? sources = null;
string? pages = null;
var verbose = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--set" when i + 1 < args.Length:
            set = args[++i];
            break;
        case "--manifest" when i + 1 < args.Length:
            manifest = args[++i];
            break;
        case "--taxonomy" when i + 1 < args.Length:
            taxonomyPath = args[++i];
            break;
        case "--explain" when i + 1 < args.Length:
            explain = args[++i];
            break;
        case "--pages" when i + 1 < args.Length:
            pages = args[++i];
            break;
        case "--sources" when i + 1 < args.Length:
            sources = args[++i];
            break;
        case "--verbose":
            verbose = true;
            break;
        default:
            Console.Error.WriteLine("usage: TaggerEval [--set DIR] [--manifest FILE.csv] [--pages FILE.json] [--taxonomy FILE] [--sources DIR] [--explain FILE] [--verbose]");
            return 2;
    }
}

var taxonomy = taxonomyPath is null ? Taxonomy.LoadDefault() : Taxonomy.Load(taxonomyPath);
var tagger = new AutoTagger(taxonomy);
if (explain is not null)
{
    Console.WriteLine(tagger.Analyze(FileExtractor.CreateDefault().Extract(explain, CancellationToken.None)).ToJson());
    return 0;
}

if (pages is not null)
{
    var documents = RealPagesReader.Read(pages);
    foreach (var split in new[] { "tune", "blind" })
    {
        Console.WriteLine($"Real pages: {pages}, {split} part");
        Report([.. documents.Where(d => d.Split == split)]);
    }

    Console.WriteLine($"Real pages: {pages}, all");
    Console.Write(TaggerEvaluator.Evaluate(tagger, documents).ToSummary());
}
else if (sources is not null)
{
    Console.WriteLine($"Front-matter sources: {sources}");
    Report(LabelledSetReader.ReadFrontMatterFolder(sources));
}
else if (manifest is null)
{
    var documents = LabelledSetReader.ReadFolder(set);
    Console.WriteLine($"Evaluation set: {set}");
    Report(documents);
}
else
{
    var documents = LabelledSetReader.ReadManifest(manifest, FileExtractor.CreateDefault(), out var skipped);
    Console.WriteLine($"Manifest: {manifest} ({documents.Count} read, {skipped.Count} skipped)");
    foreach (var problem in skipped)
    {
        Console.WriteLine($"  skipped {problem}");
    }

    Report(documents);
}

return 0;

void Report(IReadOnlyList<LabelledDocument> documents)
{
    Console.WriteLine(TaggerEvaluator.Evaluate(tagger, documents).ToText());
    if (!verbose)
    {
        return;
    }

    foreach (var document in documents)
    {
        var result = tagger.Analyze(document.Input);
        Console.WriteLine($"{document.Name}: category {result.Category?.Id ?? "unknown"} ({result.Category?.Confidence:0.00}) " +
            $"model {result.Model?.Id ?? "unknown"} ({result.Model?.Confidence:0.00}) type {result.Type?.Id ?? "unknown"} ({result.Type?.Confidence:0.00})");
    }
}
