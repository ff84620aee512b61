using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Opens pooled connections to one index database with the pragmas every operation needs.</summary>
internal sealed class ConnectionFactory
{
    private readonly string connectionString;

    /// <summary>Creates the factory for a database file.</summary>
    public ConnectionFactory(string databasePath, TimeSpan busyTimeout)
    {
        DatabasePath = databasePath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens a connection (from the pool when one is free).</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL makes NORMAL durable enough (a power cut loses at most the last commits, never corrupts).
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000; PRAGMA mmap_size=268435456";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Releases pooled connections so the files can be moved or deleted.</summary>
    public void ReleasePool()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
