using System.Globalization;

namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Prints a report as aligned text; with verbose, every query's top 10 with its grades.</summary>
internal static class TextReport
{
    public static void Write(EvalReport report, TextWriter writer, bool verbose)
    {
        var tune = report.Outcomes.Count(outcome => outcome.Query.Split == JudgedQuery.Tune);
        writer.WriteLine($"Judged set: {report.SetPath} ({report.Outcomes.Count} queries: {tune} tune, {report.Outcomes.Count - tune} blind)");
        writer.WriteLine($"Engine: {report.Templib}, index {report.Index}");
        if (report.IngestFailures > 0)
        {
            writer.WriteLine($"WARNING: {report.IngestFailures} library files failed to ingest; they cannot be found.");
        }

        foreach (var missing in report.MissingDocuments)
        {
            writer.WriteLine($"WARNING: judged document not in the library: {missing}");
        }

        if (verbose)
        {
            foreach (var outcome in report.Outcomes)
            {
                WriteQuery(writer, outcome);
            }
        }

        writer.WriteLine();
        WriteTable(writer, "split", report.Splits);
        writer.WriteLine();
        WriteTable(writer, "kind", report.ByKind);
        foreach (var split in report.Splits.Where(split => split.Name != "all"))
        {
            writer.WriteLine();
            writer.WriteLine($"Zero results ({split.Name}): {(split.ZeroResults.Count == 0 ? "none" : "")}");
            foreach (var outcome in split.ZeroResults)
            {
                var reason = outcome.Error is null ? "" : $"  [query error: {outcome.Error}]";
                writer.WriteLine($"  {outcome.Query.Id}  {outcome.Query.Kind,-13}  {outcome.Query.Query}{reason}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("nDCG@10: gains = grades 0/1/2, ideal = the query's judged grades best first. P@5: share of the top 5 graded 1 or 2;");
        writer.WriteLine("ceiling: the best P@5 possible with the judged documents. Unjudged: top-5 results nobody graded for that query.");
    }

    private static void WriteTable(TextWriter writer, string heading, IReadOnlyList<SplitSummary> rows)
    {
        writer.WriteLine($"{heading,-14} {"queries",7} {"nDCG@10",8} {"P@5",6} {"ceiling",8} {"zero results",13} {"unjudged top 5",15}");
        foreach (var row in rows)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Name,-14} {row.Queries,7} {row.Ndcg,8:0.000} {row.Precision,6:0.000} {row.PrecisionCeiling,8:0.000} {row.ZeroResults.Count,13} {row.UnjudgedInTop,15}"));
        }
    }

    private static void WriteQuery(TextWriter writer, QueryOutcome outcome)
    {
        var query = outcome.Query;
        writer.WriteLine();
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{query.Id} [{query.Split}, {query.Kind}] \"{query.Query}\"  nDCG@10 {outcome.Ndcg:0.000}  P@5 {outcome.Precision:0.00}  total {outcome.Total}  best documents missed {outcome.MissedBest}"));
        if (outcome.Error is not null)
        {
            writer.WriteLine($"  query error: {outcome.Error}");
        }

        for (var i = 0; i < outcome.Hits.Count; i++)
        {
            var hit = outcome.Hits[i];
            writer.WriteLine($"  {i + 1,2}. {(hit.Grade is { } grade ? grade.ToString(CultureInfo.InvariantCulture) : "?")}  {hit.Path}");
        }
    }
}
