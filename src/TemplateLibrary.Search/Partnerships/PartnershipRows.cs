using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>Derives the stored arrangements when the catalogue has changed since they were derived, and reads them.</summary>
internal static class PartnershipRows
{
    private const string GenerationKey = "partnerships_generation";

    /// <summary>Brings the arrangements up to the catalogue's generation; returns that generation.</summary>
    public static long EnsureCurrent(CatalogueStore catalogue, CouncilGazetteer gazetteer)
    {
        var (generation, derived) = catalogue.Read((c, t) => (CatalogueStore.Generation(c, t), Derived(c, t)));
        if (generation == derived)
        {
            return generation;
        }

        return catalogue.Derive((connection, transaction) =>
        {
            // Re-read under the write lock: another process may have derived them meanwhile.
            var now = CatalogueStore.Generation(connection, transaction);
            if (Derived(connection, transaction) == now)
            {
                return now;
            }

            DocumentReports.Refresh(connection, transaction);
            var derived = ArrangementGrouper.Group(DocumentFactsReader.Read(connection, transaction), gazetteer);
            Write(connection, transaction, PartnershipCorrections.Apply(derived, PartnershipCorrections.Read(connection, transaction), gazetteer));
            using var stamp = SqlCommands.Create(connection, transaction, "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", "$key", "$value");
            stamp.Set("$key", GenerationKey);
            stamp.Set("$value", now.ToString(CultureInfo.InvariantCulture));
            stamp.ExecuteNonQuery();
            return now;
        });
    }

    /// <summary>Every stored arrangement.</summary>
    public static List<Partnership> ReadAll(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT json FROM partnerships ORDER BY id");
        using var reader = command.ExecuteReader();
        var list = new List<Partnership>();
        while (reader.Read())
        {
            try
            {
                if (JsonSerializer.Deserialize<Partnership>(reader.GetString(0), DocumentJson.Options) is { } partnership)
                {
                    list.Add(partnership);
                }
            }
            catch (JsonException)
            {
                // A row an older writer stored in another shape: the next derivation rewrites it.
            }
        }

        return list;
    }

    /// <summary>The documents tagged with a council, newest first.</summary>
    public static List<PartnershipDocument> CouncilDocuments(SqliteConnection connection, SqliteTransaction transaction, string council, int limit)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT d.id, d.title, (SELECT value FROM effective_tags y WHERE y.doc = d.rowid AND y.facet = 'type' ORDER BY ordinal LIMIT 1), d.year
            FROM effective_tags t JOIN documents d ON d.rowid = t.doc
            WHERE t.facet = 'council' AND t.value = $council
            ORDER BY d.year DESC, d.title LIMIT $limit
            """,
            "$council",
            "$limit");
        command.Set("$council", council);
        command.Set("$limit", limit);
        using var reader = command.ExecuteReader();
        var list = new List<PartnershipDocument>();
        while (reader.Read())
        {
            list.Add(new PartnershipDocument(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
        }

        return list;
    }

    private static long Derived(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT value FROM meta WHERE key = $key", "$key");
        command.Set("$key", GenerationKey);
        return command.ExecuteScalar() is string value ? long.Parse(value, CultureInfo.InvariantCulture) : -1;
    }

    private static void Write(SqliteConnection connection, SqliteTransaction transaction, List<Partnership> partnerships)
    {
        SqlCommands.Execute(connection, transaction, "DELETE FROM partnership_members");
        SqlCommands.Execute(connection, transaction, "DELETE FROM partnerships");
        using var insert = SqlCommands.Create(connection, transaction, "INSERT INTO partnerships(id, json) VALUES ($id, $json)", "$id", "$json");
        using var member = SqlCommands.Create(connection, transaction, "INSERT OR IGNORE INTO partnership_members(name, partnership) VALUES ($name, $id)", "$name", "$id");
        foreach (var partnership in partnerships)
        {
            insert.Set("$id", partnership.Id);
            insert.Set("$json", DocumentJson.Write(partnership));
            insert.ExecuteNonQuery();
            foreach (var name in partnership.Members.Select(m => m.Name))
            {
                member.Set("$name", name);
                member.Set("$id", partnership.Id);
                member.ExecuteNonQuery();
            }
        }
    }
}
