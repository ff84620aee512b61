using System.Text.Json;
using System.Text.Json.Serialization;

namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Prints a report as one JSON object; with verbose, every query's hits and grades.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(EvalReport report, TextWriter writer, bool verbose)
    {
        var json = new
        {
            set = report.SetPath,
            templib = report.Templib,
            index = report.Index,
            ingestFailures = report.IngestFailures,
            missingDocuments = report.MissingDocuments,
            splits = report.Splits.Select(Summary),
            kinds = report.ByKind.Select(Summary),
            queries = report.Outcomes.Select(outcome => new
            {
                id = outcome.Query.Id,
                query = outcome.Query.Query,
                split = outcome.Query.Split,
                kind = outcome.Query.Kind,
                ndcg10 = Math.Round(outcome.Ndcg, 4),
                p5 = outcome.Precision,
                total = outcome.Total,
                unjudgedTop5 = outcome.UnjudgedInTop,
                error = outcome.Error,
                hits = verbose ? outcome.Hits : null,
            }),
        };
        writer.WriteLine(JsonSerializer.Serialize(json, Options));
    }

    private static object Summary(SplitSummary summary) => new
    {
        name = summary.Name,
        queries = summary.Queries,
        ndcg10 = Math.Round(summary.Ndcg, 4),
        p5 = Math.Round(summary.Precision, 4),
        p5Ceiling = Math.Round(summary.PrecisionCeiling, 4),
        zeroResults = summary.ZeroResults.Select(outcome => new { id = outcome.Query.Id, query = outcome.Query.Query, kind = outcome.Query.Kind }),
        unjudgedTop5 = summary.UnjudgedInTop,
        queryErrors = summary.Errors.Count,
    };
}
