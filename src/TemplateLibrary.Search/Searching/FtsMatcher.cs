using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Schema;

namespace TemplateLibrary.Search.Searching;

/// <summary>Runs FTS5 MATCH expressions the translator built.</summary>
internal static class FtsMatcher
{
    /// <summary>Title, headings, body: a title match weighs most.</summary>
    public const string Bm25 = "bm25(documents_fts, 10.0, 4.0, 1.0)";

    /// <summary>Every matching rowid (within <paramref name="slice"/> when given) with its score (negated bm25, so higher is better), or 0 when unscored.</summary>
    public static List<(long RowId, double Score)> Match(SqliteConnection connection, SqliteTransaction transaction, string expression, bool score, RowIdSlice? slice = null)
    {
        var sql = (score
            ? $"SELECT rowid, {Bm25} FROM documents_fts WHERE documents_fts MATCH $match"
            : "SELECT rowid, 0 FROM documents_fts WHERE documents_fts MATCH $match")
            + (slice is null ? string.Empty : " AND rowid BETWEEN $from AND $to");
        using var command = SqlCommands.Create(connection, transaction, sql, "$match", "$from", "$to");
        command.Set("$match", expression);
        command.Set("$from", slice?.From ?? 0);
        command.Set("$to", slice?.To ?? 0);
        var rows = new List<(long, double)>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), -reader.GetDouble(1)));
            }
        }
        catch (SqliteException error) when (error.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            // The translator quotes every term, so this means a bug there; the user still gets a fixable message.
            throw new SearchQueryException("the query could not be understood; try fewer operators or punctuation");
        }

        return rows;
    }

    /// <summary>How many documents match.</summary>
    public static int Count(SqliteConnection connection, SqliteTransaction transaction, string expression)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH $match", "$match");
        command.Set("$match", expression);
        try
        {
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException error) when (error.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
    }
}
