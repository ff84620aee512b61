using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchBench;

/// <summary>Times the SQL phases of a search on their own (thread CPU time), to see where the time goes.</summary>
internal static class Profiler
{
    public static void Run(string databasePath, IEnumerable<string> matchExpressions)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        foreach (var expression in matchExpressions)
        {
            var rowIds = new List<long>();
            var count = Time(() => Read(connection, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH $m", expression, r => rowIds.Add(r.GetInt64(0))));
            var ranked = Time(() => Read(connection, "SELECT rowid, bm25(documents_fts, 10.0, 4.0, 1.0) FROM documents_fts WHERE documents_fts MATCH $m", expression, _ => { }));
            var snippets = Time(() =>
            {
                foreach (var rowId in rowIds.Take(20))
                {
                    Read(connection, $"SELECT snippet(documents_fts, 2, '[', ']', '…', 24), snippet(documents_fts, 1, '[', ']', '…', 16), highlight(documents_fts, 0, '[', ']') FROM documents_fts WHERE documents_fts MATCH $m AND rowid = {rowId}", expression, _ => { });
                }
            });
            var lookups = Time(() =>
            {
                foreach (var rowId in rowIds.Take(20))
                {
                    Read(connection, $"SELECT rowid FROM documents_fts WHERE documents_fts MATCH $m AND rowid = {rowId}", expression, _ => { });
                }
            });
            var bodyOnly = Time(() =>
            {
                foreach (var rowId in rowIds.Take(20))
                {
                    Read(connection, $"SELECT snippet(documents_fts, 2, '[', ']', '…', 24) FROM documents_fts WHERE documents_fts MATCH $m AND rowid = {rowId}", expression, _ => { });
                }
            });
            var subset = string.Join(',', rowIds.Distinct().Where((_, i) => i % 10 == 0).Take(300));
            var inList = Time(() => Read(connection, $"SELECT rowid, bm25(documents_fts, 10.0, 4.0, 1.0) FROM documents_fts WHERE documents_fts MATCH $m AND rowid IN ({subset})", expression, _ => { }));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bm25 over 300 rowids IN (...): {inList,7:F2} ms cpu"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{expression,-40} hits {rowIds.Count / 2,6}  match {count,7:F2}  bm25 {ranked,7:F2}  20 snippets {snippets,7:F2}  20 lookups {lookups,7:F2}  20 body snippets {bodyOnly,7:F2} ms cpu"));
        }
    }

    private static double Time(Action action)
    {
        action();
        var start = ThreadClock.NowMs();
        action();
        return ThreadClock.NowMs() - start;
    }

    private static void Read(SqliteConnection connection, string sql, string expression, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$m", expression);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }
}
