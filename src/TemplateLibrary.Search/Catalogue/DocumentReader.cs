using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Reads everything stored about one document.</summary>
internal static class DocumentReader
{
    /// <summary>The stored document, or null when the id is unknown.</summary>
    public static StoredDocument? Read(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT rowid, id, hash, title, summary, format, path, size_bytes, page_count, word_count, year,
                   file_modified, ingested_at, metadata_json, headings_json, warnings_json, body
            FROM documents WHERE id = $id
            """,
            "$id");
        command.Set("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var doc = reader.GetInt64(0);
        var primaryPath = reader.GetString(6);
        var (tags, effective) = ReadTags(connection, transaction, doc);
        return new StoredDocument
        {
            Id = reader.GetString(1),
            Hash = reader.GetString(2),
            Title = reader.GetString(3),
            Summary = reader.IsDBNull(4) ? null : reader.GetString(4),
            Format = reader.GetString(5),
            Path = primaryPath,
            Paths = ReadPaths(connection, transaction, doc, primaryPath),
            SizeBytes = reader.GetInt64(7),
            PageCount = reader.IsDBNull(8) ? null : reader.GetInt32(8),
            WordCount = reader.GetInt32(9),
            Year = reader.IsDBNull(10) ? null : reader.GetInt32(10),
            FileModified = ParseTime(reader.GetString(11)),
            IngestedAt = ParseTime(reader.GetString(12)),
            Metadata = DocumentJson.ReadMetadata(reader.GetString(13)),
            Headings = DocumentJson.ReadHeadings(reader.GetString(14)),
            Warnings = DocumentJson.ReadWarnings(reader.GetString(15)),
            Tags = tags,
            EffectiveTags = effective,
            Text = reader.GetString(16),
            Agreement = AgreementRows.Read(connection, transaction, doc),
        };
    }

    /// <summary>Parses a stored round-trip timestamp.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : default;

    private static List<string> ReadPaths(SqliteConnection connection, SqliteTransaction transaction, long doc, string primary)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT path FROM files WHERE doc = $doc ORDER BY path", "$doc");
        command.Set("$doc", doc);
        using var reader = command.ExecuteReader();
        var paths = new List<string> { primary };
        while (reader.Read())
        {
            var path = reader.GetString(0);
            if (path != primary)
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    private static (List<Tag> All, List<Tag> Effective) ReadTags(SqliteConnection connection, SqliteTransaction transaction, long doc)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT t.facet, t.value, t.source, t.confidence, t.evidence,
                   EXISTS (SELECT 1 FROM effective_tags e WHERE e.doc = t.doc AND e.facet = t.facet AND e.value = t.value AND e.source = t.source)
            FROM tags t WHERE t.doc = $doc ORDER BY t.facet, t.source DESC, t.ordinal
            """,
            "$doc");
        command.Set("$doc", doc);
        using var reader = command.ExecuteReader();
        var all = new List<Tag>();
        var effective = new List<Tag>();
        while (reader.Read())
        {
            var tag = new Tag(
                reader.GetString(0),
                reader.GetString(1),
                (TagSource)reader.GetInt32(2),
                reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
            all.Add(tag);
            if (reader.GetBoolean(5))
            {
                effective.Add(tag);
            }
        }

        var order = FacetNames.All.ToList();
        return (Sorted(all, order), Sorted(effective, order));
    }

    private static List<Tag> Sorted(List<Tag> tags, List<string> facetOrder) =>
        tags.OrderBy(t => facetOrder.IndexOf(t.Facet) is var i && i < 0 ? int.MaxValue : i).ToList();
}
