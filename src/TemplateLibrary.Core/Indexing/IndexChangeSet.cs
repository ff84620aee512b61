namespace TemplateLibrary.Core.Indexing;

/// <summary>Changes the index applies in one transaction: all of them or none.</summary>
public sealed class IndexChangeSet
{
    /// <summary>Documents to insert or replace (by id), with their path attached.</summary>
    public List<DocumentRecord> Upserts { get; } = [];

    /// <summary>Paths to attach to an existing document: a copy, or a file that moved.</summary>
    public List<IndexedFile> AttachPaths { get; } = [];

    /// <summary>Paths to forget; a document left with no path is removed.</summary>
    public List<string> RemovePaths { get; } = [];

    /// <summary>True when there is nothing to apply.</summary>
    public bool IsEmpty => Upserts.Count == 0 && AttachPaths.Count == 0 && RemovePaths.Count == 0;
}
