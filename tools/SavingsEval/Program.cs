using System.Globalization;
using System.Text.Json;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Tools.SavingsEval;

// Usage: dotnet run --project tools/SavingsEval -- [--labels FILE] [--errors]
// Prints precision and recall of the savings reader on the tune and blind parts of the labelled set; --errors lists the
// tune part's mistakes only (the blind part is never looked at while tuning).
var labels = "tools/SavingsEval/statements.json";
var errors = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--labels" when i + 1 < args.Length:
            labels = args[++i];
            break;
        case "--errors":
            errors = true;
            break;
        default:
            Console.Error.WriteLine("usage: SavingsEval [--labels FILE] [--errors]");
            return 2;
    }
}

if (!File.Exists(labels))
{
    Console.Error.WriteLine($"error: {labels}: no labelled set here (run from the repository root or pass --labels FILE)");
    return 2;
}

LabelledSet set;
try
{
    set = JsonSerializer.Deserialize<LabelledSet>(File.ReadAllText(labels), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new JsonException("empty file");
}
catch (JsonException error)
{
    Console.Error.WriteLine($"error: {labels}: {error.Message}");
    return 2;
}

var scores = new SortedDictionary<string, SplitScore>(StringComparer.Ordinal);
foreach (var item in set.Items)
{
    if (!scores.TryGetValue(item.Set, out var score))
    {
        scores[item.Set] = score = new SplitScore();
    }

    score.Add(item, SavingsReader.Read(item.Text));
}

Console.WriteLine("split   items-labelled  found  matched  precision  recall  period  stage");
foreach (var (split, score) in scores)
{
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{split,-7} {score.Labelled,14}  {score.Found,5}  {score.Matched,7}  {SplitScore.Ratio(score.Matched, score.Found),9:0.000}  {SplitScore.Ratio(score.Matched, score.Labelled),6:0.000}  {SplitScore.Ratio(score.PeriodRight, score.Matched),6:0.000}  {SplitScore.Ratio(score.StageRight, score.Matched),5:0.000}"));
}

if (errors && scores.TryGetValue("tune", out var tune))
{
    foreach (var error in tune.Errors)
    {
        Console.WriteLine(error);
    }
}

return 0;
