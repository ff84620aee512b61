using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Schema;

namespace TemplateLibrary.Search.Searching;

/// <summary>Reads the marked passage for each hit of a page.</summary>
internal sealed class SnippetReader : IDisposable
{
    private const int PlainLength = 240;
    private readonly SqliteCommand command;
    private readonly bool hasMatch;

    /// <summary>Prepares the statement for a match expression (or for plain leads when null).</summary>
    public SnippetReader(SqliteConnection connection, SqliteTransaction transaction, string? matchExpression)
    {
        hasMatch = matchExpression is not null;
        command = hasMatch
            ? SqlCommands.Create(
                connection,
                transaction,
                """
                SELECT snippet(documents_fts, 2, char(57344), char(57345), '…', 24),
                       snippet(documents_fts, 1, char(57344), char(57345), '…', 16),
                       highlight(documents_fts, 0, char(57344), char(57345))
                FROM documents_fts WHERE documents_fts MATCH $match AND rowid = $doc
                """,
                "$match",
                "$doc")
            : SqlCommands.Create(connection, transaction, "SELECT summary, substr(body, 1, 600) FROM documents WHERE rowid = $doc", "$doc");
        if (hasMatch)
        {
            command.Set("$match", matchExpression);
        }
    }

    /// <summary>The passage for one document: the body where it matched, else a heading, else the title.</summary>
    public HighlightedText Read(long rowId)
    {
        command.Set("$doc", rowId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return HighlightedText.Empty;
        }

        if (!hasMatch)
        {
            var lead = reader.IsDBNull(0) ? reader.GetString(1) : reader.GetString(0);
            return SnippetParser.Plain(lead, PlainLength);
        }

        for (var column = 0; column < 3; column++)
        {
            var text = reader.IsDBNull(column) ? string.Empty : reader.GetString(column);
            if (text.Contains(SnippetMarkers.Open, StringComparison.Ordinal))
            {
                return SnippetParser.Parse(text);
            }
        }

        return SnippetParser.Parse(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
    }

    /// <inheritdoc />
    public void Dispose() => command.Dispose();
}
