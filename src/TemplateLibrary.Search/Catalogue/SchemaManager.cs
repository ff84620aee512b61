using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Creates the schema, upgrades an older one in place where it can, and otherwise drops and recreates it.</summary>
internal static class SchemaManager
{
    /// <summary>Ensures the schema is current; returns true when an older index was dropped.</summary>
    public static bool Ensure(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA journal_mode=WAL");
        var stored = ReadVersion(connection);
        if (stored == SchemaSql.Version)
        {
            return false;
        }

        if (CanUpgrade(stored) && Upgrade(connection))
        {
            return false;
        }

        // A cascade from dropping a parent table would fail on the children: turn the checks off meanwhile.
        Execute(connection, "PRAGMA foreign_keys=OFF");
        try
        {
            return Rebuild(connection);
        }
        finally
        {
            Execute(connection, "PRAGMA foreign_keys=ON");
        }
    }

    private static bool Rebuild(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        // Re-read under the write lock: another process may have rebuilt it meanwhile.
        var stored = ReadVersion(connection);
        if (stored == SchemaSql.Version)
        {
            transaction.Commit();
            return false;
        }

        var hadObjects = DropAll(connection);
        foreach (var statement in SchemaSql.Create)
        {
            Execute(connection, statement);
        }

        Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version={SchemaSql.Version}"));
        transaction.Commit();
        return hadObjects;
    }

    // Steps through the upgrades in one transaction: a crash half way leaves the old version whole.
    private static bool Upgrade(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var stored = ReadVersion(connection);
        if (!CanUpgrade(stored) && stored != SchemaSql.Version)
        {
            transaction.Commit();
            return false;
        }

        for (var version = stored; version < SchemaSql.Version; version++)
        {
            foreach (var statement in SchemaSql.Upgrades[version])
            {
                Execute(connection, statement);
            }
        }

        Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version={SchemaSql.Version}"));
        transaction.Commit();
        return true;
    }

    private static bool CanUpgrade(int stored)
    {
        if (stored <= 0 || stored > SchemaSql.Version)
        {
            return false;
        }

        for (var version = stored; version < SchemaSql.Version; version++)
        {
            if (!SchemaSql.Upgrades.ContainsKey(version))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The schema version stored in the database.</summary>
    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static bool DropAll(SqliteConnection connection)
    {
        var objects = new List<(string Type, string Name)>();
        using (var command = connection.CreateCommand())
        {
            // Virtual tables first: dropping one drops its shadow tables too.
            command.CommandText = """
                SELECT type, name FROM sqlite_schema
                WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'view', 'trigger')
                ORDER BY CASE WHEN type = 'trigger' THEN 0 WHEN type = 'view' THEN 1 WHEN sql LIKE 'CREATE VIRTUAL%' THEN 2 ELSE 3 END
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                objects.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (type, name) in objects)
        {
            var keyword = type switch { "trigger" => "TRIGGER", "view" => "VIEW", _ => "TABLE" };
            Execute(connection, $"DROP {keyword} IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        return objects.Count > 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
