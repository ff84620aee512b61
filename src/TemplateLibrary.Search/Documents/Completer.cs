using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Schema;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Documents;

/// <summary>Search-as-you-type completions: titles matching what was typed, then completions of the last word.</summary>
internal static class Completer
{
    /// <summary>Up to <paramref name="limit"/> distinct suggestions.</summary>
    public static List<string> Complete(SqliteConnection connection, SqliteTransaction transaction, string prefix, int limit)
    {
        var trimmed = prefix.Length > QueryTranslator.MaxLength ? prefix[..QueryTranslator.MaxLength] : prefix;
        var runs = TokenRuns.Split(SnippetMarkers.Strip(trimmed)).Select(r => r.ToLowerInvariant()).ToList();
        var results = new List<string>();
        if (runs.Count == 0)
        {
            return results;
        }

        var lastIsPartial = !char.IsWhiteSpace(trimmed[^1]);
        var terms = runs.Select((run, i) => $"\"{run}\"" + (lastIsPartial && i == runs.Count - 1 ? "*" : string.Empty));
        var expression = "title : (" + string.Join(" AND ", terms) + ")";
        using (var command = SqlCommands.Create(
            connection,
            transaction,
            $"SELECT d.title FROM documents_fts f JOIN documents d ON d.rowid = f.rowid WHERE documents_fts MATCH $match ORDER BY {FtsMatcher.Bm25} LIMIT $limit",
            "$match",
            "$limit"))
        {
            command.Set("$match", expression);
            command.Set("$limit", Math.Max(1, limit / 2));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                AddDistinct(results, reader.GetString(0));
            }
        }

        if (lastIsPartial)
        {
            var head = string.Join(' ', runs.Take(runs.Count - 1));
            using var command = SqlCommands.Create(
                connection,
                transaction,
                "SELECT term FROM words_vocab WHERE term >= $from AND term < $to ORDER BY doc DESC, term LIMIT $limit",
                "$from",
                "$to",
                "$limit");
            command.Set("$from", runs[^1]);
            command.Set("$to", runs[^1] + char.MaxValue);
            command.Set("$limit", limit);
            using var reader = command.ExecuteReader();
            while (reader.Read() && results.Count < limit)
            {
                AddDistinct(results, head.Length == 0 ? reader.GetString(0) : head + " " + reader.GetString(0));
            }
        }

        return results.Take(limit).ToList();
    }

    private static void AddDistinct(List<string> results, string value)
    {
        if (!results.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            results.Add(value);
        }
    }
}
