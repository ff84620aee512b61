using TemplateLibrary.Core.Indexing;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>What a worker produced for one file: an outcome, and a record or a path to write.</summary>
internal sealed record FileResult(FileOutcome Outcome, long SizeBytes)
{
    /// <summary>The document to upsert, when the file was extracted.</summary>
    public DocumentRecord? Record { get; init; }

    /// <summary>The path to attach to an existing document, for copies and moves.</summary>
    public IndexedFile? Attachment { get; init; }

    /// <summary>The in-run claim on the file's content hash, released once the result is queued.</summary>
    public HashClaim? Claim { get; init; }

    public static FileResult Fail(string path, long size, string reason) =>
        new(new FileOutcome(path, FileOutcomeKind.Failed, Reason: reason), size);

    public static FileResult Attach(PlannedFile file, string documentId, string reason) =>
        new(new FileOutcome(file.Path, FileOutcomeKind.Duplicate, documentId, reason), file.SizeBytes)
        {
            Attachment = new IndexedFile(file.Path, documentId, file.Hash, file.SizeBytes),
        };
}
