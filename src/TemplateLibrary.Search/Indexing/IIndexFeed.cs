using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Indexing;

/// <summary>What one Lucene index under the index folder holds of the catalogue: documents, or the clauses of agreements.</summary>
internal interface IIndexFeed
{
    /// <summary>The folder of the index's files inside the index folder.</summary>
    string FolderName { get; }

    /// <summary>The file whose exclusive lock is the right to write this index.</summary>
    string LeaseFileName { get; }

    /// <summary>Writes the units of changed documents (read in the catalogue transaction); when rebuilding the index is empty.</summary>
    void Index(IndexWriter writer, SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CatalogueEntry> batch, bool rebuilding);

    /// <summary>Deletes the units of a document removed from the catalogue.</summary>
    void Remove(IndexWriter writer, string documentId);
}
