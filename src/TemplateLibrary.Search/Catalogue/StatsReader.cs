using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Reads counts and sizes of the index.</summary>
internal static class StatsReader
{
    /// <summary>The statistics.</summary>
    public static IndexStats Read(SqliteConnection connection, SqliteTransaction transaction, string databasePath, long indexBytes, FacetLabeler labeler)
    {
        var byFormat = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = SqlCommands.Create(connection, transaction, "SELECT format, count(*) FROM documents GROUP BY format ORDER BY count(*) DESC, format"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                byFormat[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var byFacet = FacetNames.All.ToDictionary(f => f, _ => new List<FacetCount>(), StringComparer.Ordinal);
        using (var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT facet, value, count(*) FROM effective_tags WHERE facet <> 'year' GROUP BY facet, value
            UNION ALL
            SELECT 'year', CAST(year AS TEXT), count(*) FROM documents WHERE year IS NOT NULL GROUP BY year
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (byFacet.TryGetValue(reader.GetString(0), out var list))
                {
                    var value = reader.GetString(1);
                    list.Add(new FacetCount(value, labeler.Label(reader.GetString(0), value), reader.GetInt32(2)));
                }
            }
        }

        var lastIngest = Scalar(connection, transaction, "SELECT value FROM meta WHERE key = 'last_ingest'") as string;
        return new IndexStats
        {
            Documents = Convert.ToInt32(Scalar(connection, transaction, "SELECT count(*) FROM documents"), CultureInfo.InvariantCulture),
            Files = Convert.ToInt32(Scalar(connection, transaction, "SELECT count(*) FROM files"), CultureInfo.InvariantCulture),
            ByFormat = byFormat,
            ByFacet = byFacet.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<FacetCount>)p.Value.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).ToList(),
                StringComparer.Ordinal),
            DatabaseBytes = FileSize(databasePath) + FileSize(databasePath + "-wal"),
            IndexBytes = indexBytes,
            SchemaVersion = SchemaManager.ReadVersion(connection),
            LastIngest = lastIngest is null ? null : DocumentReader.ParseTime(lastIngest),
        };
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = SqlCommands.Create(connection, transaction, sql);
        return command.ExecuteScalar();
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
