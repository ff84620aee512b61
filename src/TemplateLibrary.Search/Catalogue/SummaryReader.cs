using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Reads the documents' summaries, which a result card does not carry.</summary>
internal static class SummaryReader
{
    /// <summary>Document id to summary, for every document that has one.</summary>
    public static IReadOnlyDictionary<string, string> Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT id, summary FROM documents WHERE summary IS NOT NULL AND summary <> ''");
        using var reader = command.ExecuteReader();
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            summaries[reader.GetString(0)] = reader.GetString(1);
        }

        return summaries;
    }
}
