namespace TemplateLibrary.Core.Indexing;

/// <summary>What the ingestion pipeline needs of the index.</summary>
public interface IDocumentIndex
{
    /// <summary>Every file path the index knows, keyed by full path.</summary>
    IReadOnlyDictionary<string, IndexedFile> GetFiles();

    /// <summary>The id of the document whose content has this hash, if there is one.</summary>
    string? FindDocumentIdByHash(string hash);

    /// <summary>Applies the changes in one transaction; documents left with no path are deleted.</summary>
    void Apply(IndexChangeSet changes);
}
