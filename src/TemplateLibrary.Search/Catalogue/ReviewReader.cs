using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Finds documents whose category, model or type a librarian should review.</summary>
internal static class ReviewReader
{
    private static readonly string[] ReviewedFacets = [FacetNames.Category, FacetNames.Model, FacetNames.Type];

    /// <summary>Documents with a reviewed facet missing, or whose primary effective tag is automatic below the threshold, newest first.</summary>
    public static List<ReviewItem> Read(SqliteConnection connection, SqliteTransaction transaction, double below)
    {
        var primary = new Dictionary<(long Doc, string Facet), ReviewIssue>();
        using (var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT e.doc, e.facet, e.value, e.source, e.confidence, t.evidence
            FROM effective_tags e
            JOIN tags t ON t.doc = e.doc AND t.facet = e.facet AND t.source = e.source AND t.value = e.value
            WHERE e.facet IN ('category', 'model', 'type')
            ORDER BY e.doc, e.facet, e.ordinal
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = (reader.GetInt64(0), reader.GetString(1));
                if (primary.ContainsKey(key))
                {
                    continue;
                }

                // Only an automatic guess can be uncertain; supplied tags get no issue (null marks "fine").
                var isAuto = reader.GetInt32(3) == (int)TagSource.Auto;
                var confidence = reader.GetDouble(4);
                primary[key] = isAuto && confidence < below
                    ? new ReviewIssue(key.Item2, reader.GetString(2), confidence, reader.IsDBNull(5) ? null : reader.GetString(5))
                    : new ReviewIssue(key.Item2, null, -1, null);
            }
        }

        var items = new List<ReviewItem>();
        using (var command = SqlCommands.Create(connection, transaction, "SELECT rowid, id, title, path, warnings_json FROM documents ORDER BY ingested_at DESC, title COLLATE NOCASE, id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var doc = reader.GetInt64(0);
                var issues = new List<ReviewIssue>();
                foreach (var facet in ReviewedFacets)
                {
                    if (!primary.TryGetValue((doc, facet), out var issue))
                    {
                        issues.Add(new ReviewIssue(facet, null, 0, null));
                    }
                    else if (issue.Confidence >= 0)
                    {
                        issues.Add(issue);
                    }
                }

                if (issues.Count > 0)
                {
                    // A scan without OCR has no text to tag: its warning tells the librarian why the tags are missing.
                    var scanned = DocumentJson.ReadWarnings(reader.GetString(4)).Where(w => w.StartsWith("scanned", StringComparison.Ordinal)).ToList();
                    items.Add(new ReviewItem(reader.GetString(1), reader.GetString(2), reader.GetString(3), issues, scanned));
                }
            }
        }

        return items;
    }
}
