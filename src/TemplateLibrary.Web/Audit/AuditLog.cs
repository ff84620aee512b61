using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Web.Audit;

/// <summary>The audit trail, in the catalogue's SQLite file: every write appended, never changed, read newest first.</summary>
public sealed class AuditLog
{
    /// <summary>The most entries one listing returns.</summary>
    public const int MaxEntries = 1000;

    private readonly string _connectionString;

    /// <summary>Opens the audit table in the catalogue file (the catalogue's schema creates it).</summary>
    public AuditLog(string databasePath)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Appends an entry.</summary>
    public void Record(string user, string action, string target, string? before = null, string? after = null)
    {
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit (at, user, action, target, before, after) VALUES ($at, $user, $action, $target, $before, $after)";
        insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$user", user);
        insert.Parameters.AddWithValue("$action", action);
        insert.Parameters.AddWithValue("$target", target);
        insert.Parameters.AddWithValue("$before", (object?)before ?? DBNull.Value);
        insert.Parameters.AddWithValue("$after", (object?)after ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    /// <summary>The entries matching every filter given (null for any), newest first.</summary>
    public IReadOnlyList<AuditEntry> List(string? user = null, string? action = null, string? target = null, int limit = 200)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT id, at, user, action, target, before, after FROM audit
            WHERE ($user IS NULL OR user = $user COLLATE NOCASE) AND ($action IS NULL OR action = $action) AND ($target IS NULL OR target = $target)
            ORDER BY id DESC LIMIT $limit
            """;
        select.Parameters.AddWithValue("$user", string.IsNullOrWhiteSpace(user) ? DBNull.Value : user.Trim());
        select.Parameters.AddWithValue("$action", string.IsNullOrWhiteSpace(action) ? DBNull.Value : action.Trim());
        select.Parameters.AddWithValue("$target", string.IsNullOrWhiteSpace(target) ? DBNull.Value : target.Trim());
        select.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, MaxEntries));
        using var reader = select.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return entries;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
