using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Reads what changed in the catalogue since a generation, for the full-text index to catch up.</summary>
internal static class CatalogueFeed
{
    /// <summary>Hands the documents changed after <paramref name="since"/> to <paramref name="onBatch"/>, a batch at a time.</summary>
    public static void ReadChanged(SqliteConnection connection, SqliteTransaction transaction, long since, int batchSize, Action<List<CatalogueEntry>> onBatch)
    {
        using var documents = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT rowid, id, generation, title, summary, format, path, year, file_modified, headings, body, page_starts,
                   COALESCE(family, id), (SELECT COUNT(*) FROM documents e WHERE e.family = documents.id AND e.rowid <> documents.rowid),
                   (SELECT review_date FROM agreements a WHERE a.doc = documents.rowid)
            FROM documents WHERE generation > $since AND rowid > $after ORDER BY rowid LIMIT $limit
            """,
            "$since",
            "$after",
            "$limit");
        using var tags = SqlCommands.Create(
            connection,
            transaction,
            "SELECT doc, facet, value FROM effective_tags WHERE doc BETWEEN $first AND $last AND facet <> 'year' ORDER BY doc, facet, ordinal, value",
            "$first",
            "$last");
        documents.Set("$since", since);
        documents.Set("$limit", batchSize);
        var after = 0L;
        while (true)
        {
            documents.Set("$after", after);
            var batch = new Dictionary<long, CatalogueEntry>();
            using (var reader = documents.ExecuteReader())
            {
                while (reader.Read())
                {
                    var rowId = reader.GetInt64(0);
                    int? year = reader.IsDBNull(7) ? null : reader.GetInt32(7);
                    var facets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    if (year is not null)
                    {
                        facets[FacetNames.Year] = [year.Value.ToString(CultureInfo.InvariantCulture)];
                    }

                    batch[rowId] = new CatalogueEntry
                    {
                        RowId = rowId,
                        ReviewDate = reader.IsDBNull(14) ? null : AgreementRows.ParseDate(reader.GetString(14)),
                        Id = reader.GetString(1),
                        Generation = reader.GetInt64(2),
                        Title = reader.GetString(3),
                        Summary = reader.IsDBNull(4) ? null : reader.GetString(4),
                        Format = reader.GetString(5),
                        Path = reader.GetString(6),
                        Year = year,
                        FileModified = reader.GetString(8),
                        Headings = reader.GetString(9),
                        Body = reader.GetString(10),
                        PageStarts = DocumentJson.ReadPageStarts(reader.IsDBNull(11) ? null : reader.GetString(11)),
                        Tags = facets,
                        Family = reader.GetString(12),
                        EarlierVersions = reader.GetInt32(13),
                    };
                    after = rowId;
                }
            }

            if (batch.Count == 0)
            {
                return;
            }

            tags.Set("$first", batch.Keys.Min());
            tags.Set("$last", after);
            using (var reader = tags.ExecuteReader())
            {
                while (reader.Read())
                {
                    if (batch.TryGetValue(reader.GetInt64(0), out var entry))
                    {
                        var facets = (Dictionary<string, List<string>>)entry.Tags;
                        var facet = reader.GetString(1);
                        if (!facets.TryGetValue(facet, out var values))
                        {
                            facets[facet] = values = [];
                        }

                        values.Add(reader.GetString(2));
                    }
                }
            }

            onBatch([.. batch.Values]);
        }
    }

    /// <summary>The ids of documents deleted after <paramref name="since"/> and not catalogued again.</summary>
    public static List<string> ReadRemoved(SqliteConnection connection, SqliteTransaction transaction, long since)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            "SELECT r.id FROM removals r WHERE r.generation > $since AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.id)",
            "$since");
        command.Set("$since", since);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
