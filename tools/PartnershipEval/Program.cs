using System.Globalization;
using TemplateLibrary.Tools.PartnershipEval;

// Usage: dotnet run --project tools/PartnershipEval -c Release -- [--labels FILE] [--corpus DIR] [--index DIR | --no-manifest] [--errors]
// Ingests the sample library (corpus/ with its manifest, or with the tagger's tags alone: --no-manifest) into a temporary index, or reads --index DIR as it is, and scores
// the partnerships directory against the labelled arrangements, tune and blind apart; --errors lists the tune part's
// mistakes only (the blind part is never looked at while tuning).
var labelsPath = "tools/PartnershipEval/partnerships.csv";
var corpus = "corpus";
string? indexPath = null;
var errors = false;
var manifest = true;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--labels" when i + 1 < args.Length:
            labelsPath = args[++i];
            break;
        case "--corpus" when i + 1 < args.Length:
            corpus = args[++i];
            break;
        case "--index" when i + 1 < args.Length:
            indexPath = args[++i];
            break;
        case "--no-manifest":
            manifest = false;
            break;
        case "--errors":
            errors = true;
            break;
        default:
            Console.Error.WriteLine("usage: PartnershipEval [--labels FILE] [--corpus DIR] [--index DIR | --no-manifest] [--errors]");
            return 2;
    }
}

if (!File.Exists(labelsPath) || (indexPath is null && !File.Exists(Path.Combine(corpus, "manifest.csv"))))
{
    Console.Error.WriteLine($"error: {labelsPath} or {corpus}/manifest.csv: not here (run from the repository root or pass --labels FILE --corpus DIR)");
    return 2;
}

List<PartnershipLabel> labels;
try
{
    labels = LabelReader.Read(labelsPath);
}
catch (InvalidDataException error)
{
    Console.Error.WriteLine($"error: {labelsPath}: {error.Message}");
    return 2;
}

var temporary = indexPath is null ? Directory.CreateTempSubdirectory("partnership-eval-").FullName : null;
try
{
    using var sample = SampleIndex.Open(indexPath ?? temporary!, temporary is null ? null : corpus, manifest);
    var index = sample.Index;
    var files = index.GetFiles().Values.ToList();
    var documentIds = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var path in labels.SelectMany(l => l.Documents).Distinct(StringComparer.Ordinal))
    {
        var suffix = "/" + path.Replace('\\', '/');
        if (files.FirstOrDefault(f => f.Path.Replace('\\', '/').EndsWith(suffix, StringComparison.Ordinal)) is { } file)
        {
            documentIds[path] = file.DocumentId;
        }
        else
        {
            Console.Error.WriteLine($"warning: {path}: labelled but not in the index");
        }
    }

    var arrangements = index.Partnerships.All();
    var scorer = new Scorer(arrangements, labels, documentIds);
    var outcomes = labels.Select(scorer.Score).ToList();
    var unmatched = scorer.Unmatched(outcomes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{arrangements.Count} arrangements derived, {labels.Count} labelled; {unmatched.Count(a => !scorer.Holds(a, labels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal)))} spurious (holding no labelled document)"));
    Console.WriteLine("split   labels  right(partners+vehicle)  partners-only  vehicle-only  lead   fragments");
    foreach (var split in new[] { "tune", "blind" })
    {
        var part = outcomes.Where(o => o.Label.Split == split).ToList();
        var ids = part.Select(o => o.Label.Id).ToHashSet(StringComparer.Ordinal);
        var led = part.Where(o => o.LeadRight is not null).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{split,-7} {part.Count,6}  {Share(part.Count(o => o.Right), part.Count),23}  {Share(part.Count(o => o.Found), part.Count),13}  {Share(part.Count(o => o.VehicleRight), part.Count),12}  {Share(led.Count(o => o.LeadRight == true), led.Count),5}  {unmatched.Count(a => scorer.Holds(a, ids)),9}"));
    }

    if (errors)
    {
        foreach (var outcome in outcomes.Where(o => o.Label.Split == "tune" && (!o.Right || o.LeadRight == false)))
        {
            ErrorView.Write(outcome, scorer.DocumentIds);
        }
    }

    return 0;
}
finally
{
    if (temporary is not null)
    {
        Directory.Delete(temporary, recursive: true);
    }
}

static string Share(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)part / whole:0.000} ({part})");
