using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Indexing;

/// <summary>The documents' index: one Lucene document per catalogued document.</summary>
internal sealed class DocumentFeed : IIndexFeed
{
    /// <inheritdoc />
    public string FolderName => "lucene";

    /// <inheritdoc />
    public string LeaseFileName => "lucene.writer";

    /// <inheritdoc />
    public void Index(IndexWriter writer, SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CatalogueEntry> batch, bool rebuilding)
    {
        foreach (var entry in batch)
        {
            var document = DocumentMapper.Map(entry);
            if (rebuilding)
            {
                writer.AddDocument(document);
            }
            else
            {
                writer.UpdateDocument(new Term(IndexFields.Id, entry.Id), document);
            }
        }
    }

    /// <inheritdoc />
    public void Remove(IndexWriter writer, string documentId) => writer.DeleteDocuments(new Term(IndexFields.Id, documentId));
}
