namespace TemplateLibrary.Web.Audit;

/// <summary>The kinds of write the audit trail records.</summary>
public static class AuditActions
{
    /// <summary>Files ingested from the command line.</summary>
    public const string Ingest = "ingest";

    /// <summary>A file uploaded through the web or API.</summary>
    public const string Upload = "upload";

    /// <summary>A librarian's correction of a facet.</summary>
    public const string Retag = "retag";

    /// <summary>A librarian corrected an arrangement of the partnerships directory.</summary>
    public const string ArrangementCorrect = "arrangement-correct";

    /// <summary>A librarian merged one arrangement into another.</summary>
    public const string ArrangementMerge = "arrangement-merge";

    /// <summary>A librarian's confirmation of an automatic tag from the review queue.</summary>
    public const string Accept = "accept";

    /// <summary>A document removed.</summary>
    public const string Remove = "remove";

    /// <summary>A removed document brought back.</summary>
    public const string Restore = "restore";

    /// <summary>An account added.</summary>
    public const string AccountAdd = "account-add";

    /// <summary>An account removed.</summary>
    public const string AccountRemove = "account-remove";

    /// <summary>An account's password reset.</summary>
    public const string AccountReset = "account-reset";

    /// <summary>An API token issued.</summary>
    public const string AccountToken = "account-token";

    /// <summary>Every action, for the filter.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingest, Upload, Retag, ArrangementCorrect, ArrangementMerge, Accept, Remove, Restore, AccountAdd, AccountRemove, AccountReset, AccountToken];

    /// <summary>The user name recorded for the command line: cli: and the operating-system user.</summary>
    public static string CommandLineUser => "cli:" + Environment.UserName;
}
