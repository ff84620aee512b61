using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Indexing;

/// <summary>The clauses' index: one Lucene document per unit clause of an agreement, carrying its document's facets.</summary>
internal sealed class ClauseFeed : IIndexFeed
{
    /// <inheritdoc />
    public string FolderName => "lucene-clauses";

    /// <inheritdoc />
    public string LeaseFileName => "lucene-clauses.writer";

    /// <inheritdoc />
    public void Index(IndexWriter writer, SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CatalogueEntry> batch, bool rebuilding)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var units = AgreementRows.ReadUnits(connection, transaction, batch.Min(e => e.RowId), batch.Max(e => e.RowId));
        foreach (var entry in batch)
        {
            if (!rebuilding)
            {
                Remove(writer, entry.Id);
            }

            foreach (var clause in units.GetValueOrDefault(entry.RowId) ?? [])
            {
                writer.AddDocument(ClauseMapper.Map(entry, clause));
            }
        }
    }

    /// <inheritdoc />
    public void Remove(IndexWriter writer, string documentId) => writer.DeleteDocuments(new Term(IndexFields.ClauseOf, documentId));
}
