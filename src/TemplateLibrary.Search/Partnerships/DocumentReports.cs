using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>Reads what the text of documents changed since they were last read reports: the host or lead council it
/// names (every document), and savings, costs and the arrangement's status for the document types that report them
/// (business cases, case studies, reports, news, strategies, web pages; not agreements, whose termination clauses speak
/// of dissolving without saying it happened).</summary>
internal static class DocumentReports
{
    private const string ReportingTypes = "'business-case', 'case-study', 'committee-report', 'news-item', 'strategy-policy', 'web-page'";

    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction)
    {
        var stale = new List<(long Doc, long Generation, string Body, bool Reports)>();
        using (var select = SqlCommands.Create(
            connection,
            transaction,
            $"""
            SELECT d.rowid, d.generation, d.body,
                EXISTS (SELECT 1 FROM effective_tags t WHERE t.doc = d.rowid AND t.facet = 'type' AND t.value IN ({ReportingTypes}))
            FROM documents d LEFT JOIN document_reports r ON r.doc = d.rowid
            WHERE r.doc IS NULL OR r.generation <> d.generation
            """))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                stale.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetBoolean(3)));
            }
        }

        using var upsert = SqlCommands.Create(
            connection,
            transaction,
            """
            INSERT INTO document_reports(doc, generation, savings_json, status_json, roles_json) VALUES ($doc, $generation, $savings, $status, $roles)
            ON CONFLICT(doc) DO UPDATE SET generation = excluded.generation, savings_json = excluded.savings_json, status_json = excluded.status_json,
                roles_json = excluded.roles_json
            """,
            "$doc", "$generation", "$savings", "$status", "$roles");
        foreach (var (doc, generation, body, reports) in stale)
        {
            var status = reports ? StatusReader.Read(body) : null;
            upsert.Set("$doc", doc);
            upsert.Set("$generation", generation);
            upsert.Set("$savings", DocumentJson.Write(reports ? SavingsReader.Read(body) : []));
            upsert.Set("$status", status is null ? null : DocumentJson.Write(status));
            upsert.Set("$roles", DocumentJson.Write(RoleReader.Read(body)));
            upsert.ExecuteNonQuery();
        }
    }
}
