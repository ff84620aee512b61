using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Duplicates;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Finds a document's near-duplicates: candidates share an LSH band key, then sketches are compared.</summary>
internal static class NearDuplicateReader
{
    public static IReadOnlyList<NearDuplicate> Find(SqliteConnection connection, SqliteTransaction transaction, string id, double threshold)
    {
        using var own = SqlCommands.Create(connection, transaction,
            "SELECT s.doc, s.minhash FROM signatures s JOIN documents d ON d.rowid = s.doc WHERE d.id = $id", "$id");
        own.Set("$id", id);
        using var ownReader = own.ExecuteReader();
        if (!ownReader.Read())
        {
            return [];
        }

        var doc = ownReader.GetInt64(0);
        var signature = MinHashSignature.FromBytes((byte[])ownReader.GetValue(1));
        using var candidates = SqlCommands.Create(connection, transaction, """
            SELECT d.id, d.title, d.path, s.minhash
            FROM signatures s JOIN documents d ON d.rowid = s.doc
            WHERE s.doc IN (SELECT DISTINCT b2.doc FROM signature_bands b1
                            JOIN signature_bands b2 ON b2.band_key = b1.band_key AND b2.doc <> b1.doc
                            WHERE b1.doc = $doc)
            """, "$doc");
        candidates.Set("$doc", doc);
        using var reader = candidates.ExecuteReader();
        var found = new List<NearDuplicate>();
        while (reader.Read())
        {
            var similarity = signature.EstimateSimilarity(MinHashSignature.FromBytes((byte[])reader.GetValue(3)));
            if (similarity >= threshold)
            {
                found.Add(new NearDuplicate(reader.GetString(0), reader.GetString(1), reader.GetString(2), similarity));
            }
        }

        return [.. found.OrderByDescending(f => f.Similarity).ThenBy(f => f.DocumentId, StringComparer.Ordinal)];
    }
}
