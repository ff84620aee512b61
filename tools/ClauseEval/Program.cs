using System.Globalization;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Tools.ClauseEval;

// Usage: dotnet run --project tools/ClauseEval -- [--labels DIR] [--corpus DIR] [--sources DIR] [--taxonomy FILE] [--split tune|blind] [--errors]
//        dotnet run --project tools/ClauseEval -- outline FILE
var labels = "tools/ClauseEval/labelled";
var corpus = "corpus";
var sources = "tools/CorpusBuilder/sources";
string? taxonomyPath = null;
string? only = null;
string? outline = null;
var errors = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "outline" when i + 1 < args.Length:
            outline = args[++i];
            break;
        case "--labels" when i + 1 < args.Length:
            labels = args[++i];
            break;
        case "--corpus" when i + 1 < args.Length:
            corpus = args[++i];
            break;
        case "--sources" when i + 1 < args.Length:
            sources = args[++i];
            break;
        case "--taxonomy" when i + 1 < args.Length:
            taxonomyPath = args[++i];
            break;
        case "--split" when i + 1 < args.Length && args[i + 1] is "tune" or "blind":
            only = args[++i];
            break;
        case "--errors":
            errors = true;
            break;
        default:
            Console.Error.WriteLine("usage: ClauseEval [--labels DIR] [--corpus DIR] [--sources DIR] [--taxonomy FILE] [--split tune|blind] [--errors] | outline FILE");
            return 2;
    }
}

var reader = new AgreementReader(taxonomyPath is null ? Taxonomy.LoadDefault() : Taxonomy.Load(taxonomyPath));
var locator = new DocumentLocator(corpus, sources);
if (outline is not null)
{
    OutlineView.Write(reader.Read(TemplateLibrary.Extraction.Registry.FileExtractor.CreateDefault().Extract(outline, CancellationToken.None)));
    return 0;
}

if (!Directory.Exists(labels))
{
    Console.Error.WriteLine($"error: {labels}: no labelled set here (run from the repository root or pass --labels DIR)");
    return 2;
}

var clauseLabels = LabelReader.Clauses(labels).Where(l => only is null || l.Split == only).ToList();
var factLabels = LabelReader.Facts(labels).Where(l => only is null || l.Split == only).ToList();
var analyses = new Dictionary<string, AgreementAnalysis>(StringComparer.Ordinal);
var missing = new List<string>();
foreach (var source in clauseLabels.Select(l => l.Source).Concat(factLabels.Select(l => l.Source)).Distinct(StringComparer.Ordinal))
{
    if (locator.Extract(source) is { } found)
    {
        analyses[source] = reader.Read(found.Document);
    }
    else
    {
        missing.Add(source);
    }
}

var report = new EvalReport(errors);
foreach (var split in new[] { "tune", "blind" }.Where(s => only is null || s == only))
{
    report.Clauses(split, [.. clauseLabels.Where(l => l.Split == split)], analyses);
    report.Facts(split, [.. factLabels.Where(l => l.Split == split)], analyses);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Documents: {analyses.Count} read, {missing.Count} not found{(missing.Count > 0 ? ": " + string.Join(", ", missing) : string.Empty)}"));
return missing.Count > 0 ? 1 : 0;
