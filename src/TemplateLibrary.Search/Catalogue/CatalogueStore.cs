using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Versions;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>The SQLite catalogue, the library's source of truth: one read or write transaction per operation.</summary>
/// <remarks>Every write bumps the generation and stamps what it changed with it; WAL mode lets other processes read while one writes.</remarks>
internal sealed class CatalogueStore : IDisposable
{
    /// <summary>The database file name inside the index folder.</summary>
    public const string FileName = "library.db";

    private readonly ConnectionFactory connections;

    private CatalogueStore(ConnectionFactory connections, bool wasRebuilt, string id)
    {
        this.connections = connections;
        WasRebuilt = wasRebuilt;
        Id = id;
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => connections.DatabasePath;

    /// <summary>True when Open found a catalogue of another schema version and dropped it.</summary>
    public bool WasRebuilt { get; }

    /// <summary>The catalogue's random id, made with its schema.</summary>
    public string Id { get; }

    /// <summary>Opens (creating or upgrading when needed) the catalogue in a folder.</summary>
    public static CatalogueStore Open(string directory, TimeSpan busyTimeout)
    {
        var connections = new ConnectionFactory(Path.Combine(directory, FileName), busyTimeout);
        using var connection = connections.Open();
        var rebuilt = SchemaManager.Ensure(connection);
        using var command = SqlCommands.Create(connection, null, "SELECT value FROM meta WHERE key = 'catalogue'");
        var store = new CatalogueStore(connections, rebuilt, (string)command.ExecuteScalar()!);
        using var missing = SqlCommands.Create(connection, null, "SELECT EXISTS (SELECT 1 FROM documents WHERE family IS NULL)");
        if (Convert.ToInt64(missing.ExecuteScalar(), CultureInfo.InvariantCulture) == 1)
        {
            // A catalogue upgraded from before families of versions: they are computed once.
            store.Write((c, t, generation) =>
            {
                FamilyWriter.ComputeMissing(c, t, generation);
                return true;
            });
        }

        return store;
    }

    /// <summary>The generation the catalogue is at, read inside a transaction.</summary>
    public static long Generation(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT value FROM meta WHERE key = 'generation'");
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>The current generation.</summary>
    public long Generation() => Read((connection, transaction) => Generation(connection, transaction));

    /// <summary>Runs a read in one deferred transaction: one consistent snapshot while writers carry on.</summary>
    public T Read<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>Runs a write in one immediate transaction after bumping the generation, which the work receives.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, long, T> work)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var bump = SqlCommands.Create(connection, transaction, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING CAST(value AS INTEGER)");
        var generation = Convert.ToInt64(bump.ExecuteScalar(), CultureInfo.InvariantCulture);
        var result = work(connection, transaction, generation);
        transaction.Commit();
        return result;
    }

    /// <summary>Runs a write of derived tables (such as the partnerships directory) in one immediate transaction without
    /// bumping the generation: what it writes is computed from the catalogue at a generation, not a change to it.</summary>
    public T Derive<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>Releases pooled connections so the files can be moved or deleted.</summary>
    public void Dispose() => connections.ReleasePool();
}
