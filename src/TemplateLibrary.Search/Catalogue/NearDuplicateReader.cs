using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Duplicates;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Finds a document's near-duplicates: candidates share an LSH band key, then sketches are compared.</summary>
internal static class NearDuplicateReader
{
    /// <summary>The documents at least <paramref name="threshold"/> similar to the one with the id, most similar first.</summary>
    public static IReadOnlyList<NearDuplicate> Find(SqliteConnection connection, SqliteTransaction transaction, string id, double threshold)
    {
        using var own = SqlCommands.Create(connection, transaction, "SELECT rowid FROM documents WHERE id = $id", "$id");
        own.Set("$id", id);
        if (own.ExecuteScalar() is not long doc)
        {
            return [];
        }

        return [.. Neighbours(connection, transaction, doc, threshold)
            .Select(n => new NearDuplicate(n.Id, n.Title, n.Path, n.Similarity))
            .OrderByDescending(f => f.Similarity).ThenBy(f => f.DocumentId, StringComparer.Ordinal)];
    }

    /// <summary>The catalogued documents at least <paramref name="threshold"/> similar to the document with the row id.</summary>
    public static List<Neighbour> Neighbours(SqliteConnection connection, SqliteTransaction transaction, long doc, double threshold)
    {
        using var own = SqlCommands.Create(connection, transaction, "SELECT minhash FROM signatures WHERE doc = $doc", "$doc");
        own.Set("$doc", doc);
        if (own.ExecuteScalar() is not byte[] bytes)
        {
            return [];
        }

        var signature = MinHashSignature.FromBytes(bytes);
        using var candidates = SqlCommands.Create(connection, transaction, """
            SELECT d.rowid, d.id, d.title, d.path, s.minhash
            FROM signatures s JOIN documents d ON d.rowid = s.doc
            WHERE s.doc IN (SELECT DISTINCT b2.doc FROM signature_bands b1
                            JOIN signature_bands b2 ON b2.band_key = b1.band_key AND b2.doc <> b1.doc
                            WHERE b1.doc = $doc)
            """, "$doc");
        candidates.Set("$doc", doc);
        using var reader = candidates.ExecuteReader();
        var found = new List<Neighbour>();
        while (reader.Read())
        {
            var similarity = signature.EstimateSimilarity(MinHashSignature.FromBytes((byte[])reader.GetValue(4)));
            if (similarity >= threshold)
            {
                found.Add(new Neighbour(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), similarity));
            }
        }

        return found;
    }
}
