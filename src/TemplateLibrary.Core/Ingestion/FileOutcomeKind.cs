namespace TemplateLibrary.Core.Ingestion;

/// <summary>What ingestion did with one file.</summary>
public enum FileOutcomeKind
{
    /// <summary>New content, indexed.</summary>
    Added,

    /// <summary>Known path whose content changed, re-indexed.</summary>
    Updated,

    /// <summary>Same content as last time, skipped.</summary>
    Unchanged,

    /// <summary>Known content found under a new path whose old path is gone.</summary>
    Moved,

    /// <summary>Identical content already indexed under another path; attached to that document.</summary>
    Duplicate,

    /// <summary>A path that vanished from an ingested folder, forgotten.</summary>
    Removed,

    /// <summary>Could not be read; the reason says why. Retried on the next run.</summary>
    Failed,

    /// <summary>Not a format the library reads; left alone.</summary>
    Skipped,
}
