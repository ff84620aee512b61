namespace TemplateLibrary.Core.Ingestion;

/// <summary>The outcome for one file: what happened, the document it belongs to, and why.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Kind">What happened.</param>
/// <param name="DocumentId">The document the file belongs to, when it has one.</param>
/// <param name="Reason">Why it failed or was skipped, or what it duplicates or moved from.</param>
public sealed record FileOutcome(string Path, FileOutcomeKind Kind, string? DocumentId = null, string? Reason = null);
