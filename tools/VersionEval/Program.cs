using System.Globalization;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Versions;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;

// Families of versions in an ingested library, and the data behind the version threshold: how similar unrelated
// documents get, and how similar a document stays as more of its sentences are edited.
// Usage: dotnet run --project tools/VersionEval -c Release -- --index DIR [--list N]
var index = Option(args, "--index") ?? throw new ArgumentException("usage: --index DIR (an index made by templib ingest)");
var listed = int.Parse(Option(args, "--list") ?? "10", CultureInfo.InvariantCulture);
using var library = LibraryIndex.Open(index);

var documents = new List<StoredDocument>();
for (var offset = 0; ; offset += SearchRequest.MaxLimit)
{
    var page = library.Search(new SearchRequest { AllVersions = true, Sort = SearchSort.Title, Limit = SearchRequest.MaxLimit, Offset = offset });
    documents.AddRange(page.Results.Select(r => library.GetDocument(r.Id)!));
    if (offset + SearchRequest.MaxLimit >= page.Total)
    {
        break;
    }
}

var current = library.Search(new SearchRequest { Limit = 1 }).Versions;
Console.WriteLine($"{documents.Count} documents; {current.Current} shown by default (current versions).");
var families = documents.Select(d => library.GetDetails(d.Id, similar: 1)!.Versions).Where(v => v.Count > 0)
    .DistinctBy(v => v[0].Id).OrderByDescending(v => v.Count).ToList();
Console.WriteLine($"{families.Count} families of versions with {families.Sum(f => f.Count)} members ({families.Sum(f => f.Count - 1)} earlier versions).");
foreach (var family in families.Take(listed))
{
    Console.WriteLine();
    foreach (var version in family)
    {
        var change = version.IsCurrent ? "current" : $"-{version.WordsRemoved} +{version.WordsAdded} words";
        Console.WriteLine($"  {version.Date.Value:yyyy-MM-dd} ({version.Date.Source})  {version.Title}  [{version.Path}]  {change}");
    }
}

// Unrelated documents: every pair of distinct documents, with their title stems equal or not.
var signed = documents.Select(d => (d.Id, Stem: TitleStem.Of(d.Title), Sketch: MinHasher.Sign(d.Text), d.Text)).Where(d => d.Sketch.ShingleCount > 0).ToList();
var sameStem = new List<double>();
var otherStem = new List<double>();
for (var i = 0; i < signed.Count; i++)
{
    for (var j = i + 1; j < signed.Count; j++)
    {
        (signed[i].Stem == signed[j].Stem ? sameStem : otherStem).Add(signed[i].Sketch.EstimateSimilarity(signed[j].Sketch));
    }
}

Console.WriteLine();
Console.WriteLine($"Pairs of documents: {otherStem.Count} with different title stems, similarity max {Max(otherStem):0.000}, 99.9th percentile {Percentile(otherStem, 0.999):0.000}; {sameStem.Count} with the same stem, max {Max(sameStem):0.000}.");

// Edited copies: a share of each document's sentences replaced by sentences of other documents (fixed seed).
var pool = signed.SelectMany(d => Sentences(d.Text)).ToList();
Console.WriteLine("Edited copies of documents of 200 words or more (sentences replaced at random, seed 15):");
Console.WriteLine("  edited   p10    median  share >= " + NearDuplicateThreshold.Version.ToString("0.00", CultureInfo.InvariantCulture) + "  and found by the LSH bands (linked)");
foreach (var rate in new[] { 0.05, 0.1, 0.2, 0.3, 0.4, 0.5 })
{
    var random = new Random(15);
    var scores = new List<double>();
    var linked = 0;
    foreach (var doc in signed.Where(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 200))
    {
        var sentences = Sentences(doc.Text);
        var edits = Math.Max(1, (int)Math.Round(rate * sentences.Count));
        foreach (var at in Enumerable.Range(0, sentences.Count).OrderBy(_ => random.Next()).Take(edits))
        {
            sentences[at] = pool[random.Next(pool.Count)];
        }

        var edited = MinHasher.Sign(string.Join(' ', sentences));
        var similarity = doc.Sketch.EstimateSimilarity(edited);
        scores.Add(similarity);
        linked += similarity >= NearDuplicateThreshold.Version && doc.Sketch.BandKeys().Intersect(edited.BandKeys()).Any() ? 1 : 0;
    }

    var kept = scores.Count(s => s >= NearDuplicateThreshold.Version) / (double)scores.Count;
    Console.WriteLine($"  {rate,5:P0}   {Percentile(scores, 0.1):0.000}  {Percentile(scores, 0.5):0.000}   {kept,5:P0}       {linked / (double)scores.Count,5:P0}");
}

return 0;

static List<string> Sentences(string text) =>
    [.. Regex.Split(text, @"(?<=[.!?;:])\s+|\n+").Select(s => s.Trim()).Where(s => s.Length > 0)];

static double Max(List<double> values) => values.Count == 0 ? 0 : values.Max();

static double Percentile(List<double> values, double p)
{
    if (values.Count == 0)
    {
        return 0;
    }

    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Floor(p * sorted.Count))];
}

static string? Option(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
