namespace TemplateLibrary.Cli;

/// <summary>The exit codes of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for search, hits were found.</summary>
    public const int Success = 0;

    /// <summary>A search found nothing, or the id asked for does not exist.</summary>
    public const int NotFound = 1;

    /// <summary>A usage or query error the user can fix.</summary>
    public const int UsageError = 2;

    /// <summary>Ingestion finished but some files failed; the rest are indexed.</summary>
    public const int PartialFailure = 3;

    /// <summary>An unexpected internal error.</summary>
    public const int InternalError = 4;
}
