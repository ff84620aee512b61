using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Small helpers for creating and running commands.</summary>
internal static class SqlCommands
{
    /// <summary>Creates a command with named parameters (values set before each execution).</summary>
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    /// <summary>Runs a statement with no parameters.</summary>
    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Create(connection, transaction, sql);
        return command.ExecuteNonQuery();
    }

    /// <summary>Sets a parameter, mapping null to SQL NULL.</summary>
    public static void Set(this SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;
}
