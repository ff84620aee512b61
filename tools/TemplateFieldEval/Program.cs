using System.Globalization;
using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Tools.TemplateFieldEval;

// Usage: dotnet run --project tools/TemplateFieldEval -- [--root DIR] [--labels FILE] [--misses]
// Precision and recall of template field detection against the hand-labelled set, dev and blind apart.
// Blind documents count only in the totals: their own rows and misses are never shown.
var root = FindRoot(Directory.GetCurrentDirectory());
string? labels = null;
var misses = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--root" when i + 1 < args.Length:
            root = args[++i];
            break;
        case "--labels" when i + 1 < args.Length:
            labels = args[++i];
            break;
        case "--misses":
            misses = true;
            break;
        default:
            Console.Error.WriteLine("usage: TemplateFieldEval [--root DIR] [--labels FILE] [--misses]");
            return 2;
    }
}

if (root is null)
{
    Console.Error.WriteLine("cannot find the repository (TemplateLibrary.sln); pass --root DIR");
    return 2;
}

labels ??= Path.Combine(root, "tools", "TemplateFieldEval", "labels", "fields.txt");
var templates = LabelReader.Read(labels);
var totals = new Dictionary<string, Score>(StringComparer.Ordinal) { ["dev"] = new(), ["blind"] = new() };
var byFormat = new SortedDictionary<string, Score>(StringComparer.Ordinal);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"document",-62} {"set",-5} {"label",5} {"found",5} {"match",5} {"P",6} {"R",6}"));
foreach (var template in templates)
{
    var found = TemplateAssembly.ReadFields(Path.Combine(root, "corpus", template.Path));
    var expected = template.Fields.GroupBy(f => TemplateAssembly.KeyOf(f.Name)).ToDictionary(g => g.Key, g => g.First());
    var detected = found.Fields.GroupBy(f => TemplateAssembly.KeyOf(f.Name)).ToDictionary(g => g.Key, g => g.First());
    var matched = expected.Keys.Where(detected.ContainsKey).ToList();
    var score = new Score
    {
        Labelled = expected.Count,
        Found = detected.Count,
        Matched = matched.Count,
        TypeRight = matched.Count(k => string.Equals(expected[k].Type, detected[k].Type.ToString(), StringComparison.OrdinalIgnoreCase)),
    };
    var set = template.Blind ? "blind" : "dev";
    totals[set].Add(score);
    var format = Path.GetExtension(template.Path).TrimStart('.');
    if (!byFormat.TryGetValue(format, out var formatScore))
    {
        byFormat[format] = formatScore = new Score();
    }

    formatScore.Add(score);
    if (template.Blind)
    {
        continue;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{template.Path,-62} {set,-5} {score.Labelled,5} {score.Found,5} {score.Matched,5} {score.Precision,6:0.000} {score.Recall,6:0.000}"));
    if (misses)
    {
        foreach (var key in expected.Keys.Where(k => !detected.ContainsKey(k)))
        {
            Console.WriteLine($"    missed:   {expected[key].Name}");
        }

        foreach (var key in detected.Keys.Where(k => !expected.ContainsKey(k)))
        {
            Console.WriteLine($"    spurious: {detected[key].Name}");
        }

        foreach (var key in matched.Where(k => !string.Equals(expected[k].Type, detected[k].Type.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine($"    type:     {expected[key].Name}: labelled {expected[key].Type}, guessed {detected[key].Type.ToString().ToLowerInvariant()}");
        }
    }
}

Console.WriteLine();
foreach (var (name, score) in totals.Concat(byFormat.Select(f => new KeyValuePair<string, Score>("format " + f.Key, f.Value))))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} fields {score.Labelled,4}  found {score.Found,4}  precision {score.Precision:0.000}  recall {score.Recall:0.000}  F1 {score.F1:0.000}  type accuracy {score.TypeAccuracy:0.000}"));
}

return 0;

static string? FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "TemplateLibrary.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
