using TemplateLibrary.Core.Ingestion;

namespace TemplateLibrary.Cli.Output;

/// <summary>The `ingest --json` summary: totals, failures and skipped files with reasons, and every file that changed.</summary>
internal sealed record IngestSummaryJson(
    int Added,
    int Updated,
    int Unchanged,
    int Moved,
    int Duplicates,
    int Removed,
    int Failed,
    int Skipped,
    double ElapsedSeconds,
    bool DryRun,
    IReadOnlyList<IngestFileJson> Failures,
    IReadOnlyList<IngestFileJson> SkippedFiles,
    IReadOnlyList<IngestFileJson> Changes,
    IReadOnlyList<NearDuplicateLink> NearDuplicates)
{
    public static IngestSummaryJson From(IngestionReport report) => new(
        report.Count(FileOutcomeKind.Added),
        report.Count(FileOutcomeKind.Updated),
        report.Count(FileOutcomeKind.Unchanged),
        report.Count(FileOutcomeKind.Moved),
        report.Count(FileOutcomeKind.Duplicate),
        report.Count(FileOutcomeKind.Removed),
        report.Count(FileOutcomeKind.Failed),
        report.Count(FileOutcomeKind.Skipped),
        Math.Round(report.Elapsed.TotalSeconds, 3),
        report.DryRun,
        report.Files.Where(f => f.Kind == FileOutcomeKind.Failed).Select(IngestFileJson.From).ToList(),
        report.Files.Where(f => f.Kind == FileOutcomeKind.Skipped).Select(IngestFileJson.From).ToList(),
        report.Files.Where(f => f.Kind is not (FileOutcomeKind.Failed or FileOutcomeKind.Unchanged or FileOutcomeKind.Skipped)).Select(IngestFileJson.From).ToList(),
        report.NearDuplicates);
}
