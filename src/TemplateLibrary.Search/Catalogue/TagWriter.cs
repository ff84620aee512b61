using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Writes a document's tags and recomputes its effective tags and year; prepared once per transaction.</summary>
internal sealed class TagWriter : IDisposable
{
    private readonly SqliteCommand deleteSupplied;
    private readonly SqliteCommand deleteFacetSource;
    private readonly SqliteCommand librarianFacets;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand recompute;

    /// <summary>Prepares the statements on the transaction's connection; documents whose tags change get <paramref name="generation"/>.</summary>
    public TagWriter(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        deleteSupplied = SqlCommands.Create(connection, transaction, "DELETE FROM tags WHERE doc = $doc AND source <> 3", "$doc");
        deleteFacetSource = SqlCommands.Create(connection, transaction, "DELETE FROM tags WHERE doc = $doc AND facet = $facet AND source = $source", "$doc", "$facet", "$source");
        librarianFacets = SqlCommands.Create(connection, transaction, "SELECT DISTINCT facet FROM tags WHERE doc = $doc AND source = 3", "$doc");
        insert = SqlCommands.Create(
            connection,
            transaction,
            """
            INSERT INTO tags(doc, facet, source, value, ordinal, confidence, evidence)
            VALUES ($doc, $facet, $source, $value, $ordinal, $confidence, $evidence)
            ON CONFLICT(doc, facet, source, value) DO NOTHING
            """,
            "$doc", "$facet", "$source", "$value", "$ordinal", "$confidence", "$evidence");
        recompute = SqlCommands.Create(
            connection,
            transaction,
            """
            DELETE FROM effective_tags WHERE doc = $doc;
            INSERT INTO effective_tags(doc, facet, value, ordinal, source, confidence)
            SELECT t.doc, t.facet, t.value, t.ordinal, t.source, t.confidence FROM tags t
            WHERE t.doc = $doc AND t.source = (SELECT MAX(m.source) FROM tags m WHERE m.doc = t.doc AND m.facet = t.facet);
            UPDATE documents SET generation = $generation, year = (
                SELECT CAST(value AS INTEGER) FROM effective_tags
                WHERE doc = $doc AND facet = 'year' AND value GLOB '[0-9][0-9][0-9][0-9]'
                ORDER BY ordinal LIMIT 1)
            WHERE rowid = $doc;
            """,
            "$doc",
            "$generation");
        recompute.Parameters["$generation"].Value = generation;
    }

    /// <summary>Replaces the supplied (non-librarian) tags; librarian tags already stored are kept.</summary>
    public void ReplaceSupplied(long doc, IReadOnlyList<Tag> tags)
    {
        deleteSupplied.Parameters["$doc"].Value = doc;
        deleteSupplied.ExecuteNonQuery();

        var keptLibrarian = new HashSet<string>(StringComparer.Ordinal);
        if (tags.Any(t => t.Source == TagSource.Librarian))
        {
            librarianFacets.Parameters["$doc"].Value = doc;
            using var reader = librarianFacets.ExecuteReader();
            while (reader.Read())
            {
                keptLibrarian.Add(reader.GetString(0));
            }
        }

        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.Source == TagSource.Librarian && keptLibrarian.Contains(tag.Facet))
            {
                continue;
            }

            Insert(doc, tag, i);
        }

        Recompute(doc);
    }

    /// <summary>Replaces one facet's tags of one source.</summary>
    public void ReplaceFacet(long doc, string facet, TagSource source, IReadOnlyList<string> values)
    {
        deleteFacetSource.Parameters["$doc"].Value = doc;
        deleteFacetSource.Parameters["$facet"].Value = facet;
        deleteFacetSource.Parameters["$source"].Value = (int)source;
        deleteFacetSource.ExecuteNonQuery();
        for (var i = 0; i < values.Count; i++)
        {
            Insert(doc, new Tag(facet, values[i], source), i);
        }

        Recompute(doc);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        deleteSupplied.Dispose();
        deleteFacetSource.Dispose();
        librarianFacets.Dispose();
        insert.Dispose();
        recompute.Dispose();
    }

    private void Insert(long doc, Tag tag, int ordinal)
    {
        insert.Parameters["$doc"].Value = doc;
        insert.Parameters["$facet"].Value = tag.Facet;
        insert.Parameters["$source"].Value = (int)tag.Source;
        insert.Parameters["$value"].Value = tag.Value;
        insert.Parameters["$ordinal"].Value = ordinal;
        insert.Parameters["$confidence"].Value = tag.Confidence;
        insert.Parameters["$evidence"].Value = (object?)tag.Evidence ?? DBNull.Value;
        insert.ExecuteNonQuery();
    }

    private void Recompute(long doc)
    {
        recompute.Parameters["$doc"].Value = doc;
        recompute.ExecuteNonQuery();
    }
}
