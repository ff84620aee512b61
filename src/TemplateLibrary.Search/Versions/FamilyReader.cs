using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Versions;

/// <summary>Reads a document's family of versions: the current one first, then the earlier ones newest first, each
/// earlier one with its text diffed against the current one's.</summary>
internal static class FamilyReader
{
    /// <summary>The versions of the document's family; empty when it has no other version.</summary>
    public static IReadOnlyList<DocumentVersion> Read(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var command = SqlCommands.Create(connection, transaction, """
            SELECT m.rowid, m.id, m.title, m.path, m.body
            FROM documents d JOIN documents m ON m.family = d.family
            WHERE d.id = $id
            """, "$id");
        command.Set("$id", id);
        var rows = new List<(long RowId, string Id, string Title, string Path, string Body)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        if (rows.Count < 2)
        {
            return [];
        }

        using var family = SqlCommands.Create(connection, transaction, "SELECT family FROM documents WHERE id = $id", "$id");
        family.Set("$id", id);
        var currentId = (string)family.ExecuteScalar()!;
        var current = rows.Single(r => r.Id == currentId);
        var versions = new List<(DocumentVersion Version, DateTimeOffset Modified)>();
        foreach (var row in rows)
        {
            var (date, modified) = VersionDateReader.Read(connection, transaction, row.RowId)!.Value;
            var version = new DocumentVersion { Id = row.Id, Title = row.Title, Path = row.Path, Date = date, IsCurrent = row.Id == currentId };
            if (!version.IsCurrent)
            {
                var (segments, added, removed) = TextDiff.Compare(row.Body, current.Body);
                version = version with { Changes = segments, WordsAdded = added, WordsRemoved = removed };
            }

            versions.Add((version, modified));
        }

        return [.. versions
            .OrderByDescending(v => v.Version.IsCurrent)
            .ThenByDescending(v => v.Version.Date.Value)
            .ThenByDescending(v => v.Modified)
            .Select(v => v.Version)];
    }
}
