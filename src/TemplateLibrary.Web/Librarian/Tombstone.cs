namespace TemplateLibrary.Web.Librarian;

/// <summary>A removed document: its content hash keeps it out of every later ingest until it is restored.</summary>
/// <param name="Hash">The SHA-256 of the content.</param>
/// <param name="Id">The document id it had.</param>
/// <param name="Title">Its title, for the trail and the restore page.</param>
/// <param name="Paths">The files it was read from, re-ingested on restore.</param>
/// <param name="Corrections">The librarian's corrections by facet, applied again on restore.</param>
/// <param name="RemovedAt">When.</param>
/// <param name="User">Who.</param>
/// <param name="Supplied">The title, summary and manifest tags it had, given back to the ingest that restores it.</param>
public sealed record Tombstone(
    string Hash,
    string Id,
    string Title,
    IReadOnlyList<string> Paths,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Corrections,
    DateTimeOffset RemovedAt,
    string User,
    SuppliedMetadata Supplied);
