using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Web.Librarian;

/// <summary>The removed documents, keyed by content hash, in the catalogue's SQLite file.</summary>
public sealed class TombstoneStore
{
    private readonly string _connectionString;

    /// <summary>Opens the table in the catalogue file (the catalogue's schema creates it).</summary>
    public TombstoneStore(string databasePath)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Records a removal (replacing an older one of the same content).</summary>
    public void Add(Tombstone tombstone)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR REPLACE INTO tombstones (hash, id, title, paths, corrections, removed_at, user, supplied) VALUES ($hash, $id, $title, $paths, $corrections, $at, $user, $supplied)";
        insert.Parameters.AddWithValue("$hash", tombstone.Hash);
        insert.Parameters.AddWithValue("$id", tombstone.Id);
        insert.Parameters.AddWithValue("$title", tombstone.Title);
        insert.Parameters.AddWithValue("$paths", JsonSerializer.Serialize(tombstone.Paths));
        insert.Parameters.AddWithValue("$corrections", JsonSerializer.Serialize(tombstone.Corrections));
        insert.Parameters.AddWithValue("$at", tombstone.RemovedAt.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$user", tombstone.User);
        insert.Parameters.AddWithValue("$supplied", JsonSerializer.Serialize(tombstone.Supplied));
        insert.ExecuteNonQuery();
    }

    /// <summary>True when the content was removed and not restored.</summary>
    public bool Contains(string hash)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT 1 FROM tombstones WHERE hash = $hash";
        select.Parameters.AddWithValue("$hash", hash);
        return select.ExecuteScalar() is not null;
    }

    /// <summary>The latest removal of the document id, or null.</summary>
    public Tombstone? FindById(string id) => Select("WHERE id = $id ORDER BY removed_at DESC LIMIT 1", id).FirstOrDefault();

    /// <summary>The removed documents, the latest removal first (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<Tombstone> List(int limit = 200) =>
        Select(string.Create(CultureInfo.InvariantCulture, $"ORDER BY removed_at DESC LIMIT {Math.Clamp(limit, 1, 1000)}"), null);

    /// <summary>Forgets a removal.</summary>
    public void Delete(string hash)
    {
        using var connection = Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM tombstones WHERE hash = $hash";
        delete.Parameters.AddWithValue("$hash", hash);
        delete.ExecuteNonQuery();
    }

    private List<Tombstone> Select(string clauses, string? id)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT hash, id, title, paths, corrections, removed_at, user, supplied FROM tombstones " + clauses;
        if (id is not null)
        {
            select.Parameters.AddWithValue("$id", id);
        }

        using var reader = select.ExecuteReader();
        var found = new List<Tombstone>();
        while (reader.Read())
        {
            found.Add(new Tombstone(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? [],
                JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(reader.GetString(4)) ?? [],
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                reader.GetString(6),
                ReadSupplied(reader.GetString(7))));
        }

        return found;
    }

    // A removal recorded before schema 7 has '{}': nothing supplied to give back.
    private static SuppliedMetadata ReadSupplied(string json)
    {
        var supplied = JsonSerializer.Deserialize<SuppliedMetadata>(json);
        return supplied?.Facets is null ? new SuppliedMetadata(supplied?.Title, supplied?.Summary, new Dictionary<string, IReadOnlyList<string>>()) : supplied;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
