using Spectre.Console;
using TemplateLibrary.Core.Ingestion;

namespace TemplateLibrary.Cli.Output;

/// <summary>The human-readable summary of an ingestion run.</summary>
internal static class IngestSummaryView
{
    public static void Write(CliContext context, IngestionReport report)
    {
        var console = context.Console;
        var prefix = report.DryRun ? "Dry run, nothing written: would have " : string.Empty;
        console.MarkupLine(
            $"{prefix}[green]{report.Count(FileOutcomeKind.Added)} added[/], {report.Count(FileOutcomeKind.Updated)} updated, " +
            $"{report.Count(FileOutcomeKind.Unchanged)} unchanged, {report.Count(FileOutcomeKind.Moved)} moved, " +
            $"{report.Count(FileOutcomeKind.Duplicate)} duplicates, {report.Count(FileOutcomeKind.Removed)} removed, " +
            $"[red]{report.Count(FileOutcomeKind.Failed)} failed[/], {report.Count(FileOutcomeKind.Skipped)} skipped " +
            $"in {report.Elapsed.TotalSeconds:0.0} s ({report.BytesRead / 1048576.0:0.0} MB).");

        foreach (var file in report.Files.Where(f => f.Kind is FileOutcomeKind.Moved or FileOutcomeKind.Duplicate or FileOutcomeKind.Removed))
        {
            console.MarkupLine($"  {file.Kind.ToString().ToLowerInvariant(),-9} {Markup.Escape(file.Path)}  [grey]{Markup.Escape(file.Reason ?? string.Empty)}[/]");
        }

        foreach (var link in report.NearDuplicates)
        {
            console.MarkupLine($"  near-duplicate {Markup.Escape(link.Path)} ~ {Markup.Escape(link.OtherPath)}  [grey]{link.Similarity:P0} similar[/]");
        }

        var skipped = report.Files.Where(f => f.Kind == FileOutcomeKind.Skipped).ToList();
        if (skipped.Count > 0)
        {
            console.MarkupLine("Skipped (not indexed):");
            foreach (var file in skipped)
            {
                console.MarkupLine($"  {Markup.Escape(file.Path)}: {Markup.Escape(file.Reason ?? "not a supported format")}");
            }
        }

        var failures = report.Files.Where(f => f.Kind == FileOutcomeKind.Failed).ToList();
        if (failures.Count > 0)
        {
            console.MarkupLine("[red]Failed[/] (fix and run again; the rest are indexed):");
            foreach (var file in failures)
            {
                console.MarkupLine($"  {Markup.Escape(file.Path)}: {Markup.Escape(file.Reason ?? "unknown reason")}");
            }
        }
    }
}
