namespace TemplateLibrary.Core.Ingestion;

/// <summary>The per-file outcomes of a run and their totals.</summary>
public sealed class IngestionReport
{
    /// <summary>Creates the report from the outcomes.</summary>
    public IngestionReport(
        IReadOnlyList<FileOutcome> files, TimeSpan elapsed, long bytesRead, bool dryRun, IReadOnlyList<NearDuplicateLink>? nearDuplicates = null)
    {
        NearDuplicates = nearDuplicates ?? [];
        Files = files;
        Elapsed = elapsed;
        BytesRead = bytesRead;
        DryRun = dryRun;
    }

    /// <summary>Every file's outcome, sorted by path.</summary>
    public IReadOnlyList<FileOutcome> Files { get; }

    /// <summary>Documents added or changed in this run that nearly match another document, each pair once.</summary>
    public IReadOnlyList<NearDuplicateLink> NearDuplicates { get; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The bytes of every file hashed.</summary>
    public long BytesRead { get; }

    /// <summary>True when nothing was written.</summary>
    public bool DryRun { get; }

    /// <summary>How many files had the outcome.</summary>
    public int Count(FileOutcomeKind kind) => Files.Count(f => f.Kind == kind);

    /// <summary>True when some file failed: the CLI's exit code 3.</summary>
    public bool HasFailures => Files.Any(f => f.Kind == FileOutcomeKind.Failed);
}
