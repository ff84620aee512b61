using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>Reads every document's facts for the grouping: effective tags, agreement facts and text reports.</summary>
internal static class DocumentFactsReader
{
    public static List<DocumentFacts> Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        var tags = new Dictionary<long, Dictionary<string, List<string>>>();
        using (var command = SqlCommands.Create(
            connection,
            transaction,
            "SELECT doc, facet, value FROM effective_tags WHERE facet IN ('category', 'model', 'type', 'council', 'partner', 'year') ORDER BY doc, facet, ordinal"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var doc = reader.GetInt64(0);
                if (!tags.TryGetValue(doc, out var facets))
                {
                    tags[doc] = facets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                }

                var facet = reader.GetString(1);
                if (!facets.TryGetValue(facet, out var values))
                {
                    facets[facet] = values = [];
                }

                values.Add(reader.GetString(2));
            }
        }

        var documents = new List<DocumentFacts>();
        using (var command = SqlCommands.Create(
            connection,
            transaction,
            """
            SELECT d.rowid, d.id, d.title, a.facts_json, r.savings_json, r.status_json, r.roles_json
            FROM documents d LEFT JOIN agreements a ON a.doc = d.rowid LEFT JOIN document_reports r ON r.doc = d.rowid
            ORDER BY d.rowid
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var facets = tags.GetValueOrDefault(reader.GetInt64(0)) ?? [];
                var facts = reader.IsDBNull(3) ? null : TryRead<AgreementFacts>(reader.GetString(3));
                documents.Add(new DocumentFacts
                {
                    Id = reader.GetString(1),
                    Title = reader.GetString(2),
                    Year = Values(facets, FacetNames.Year).Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null).FirstOrDefault(y => y is not null),
                    Type = Values(facets, FacetNames.Type).FirstOrDefault(),
                    Categories = Values(facets, FacetNames.Category),
                    Models = Values(facets, FacetNames.Model),
                    Councils = Values(facets, FacetNames.Council),
                    Partners = Values(facets, FacetNames.Partner),
                    Parties = facts?.Parties ?? [],
                    Commencement = facts?.CommencementDate,
                    Savings = reader.IsDBNull(4) ? [] : TryRead<List<SavingStatement>>(reader.GetString(4)) ?? [],
                    Status = reader.IsDBNull(5) ? null : TryRead<ArrangementStatus>(reader.GetString(5)),
                    StatedRoles = reader.IsDBNull(6) ? [] : TryRead<List<StatedRole>>(reader.GetString(6)) ?? [],
                });
            }
        }

        return documents;
    }

    private static List<string> Values(Dictionary<string, List<string>> facets, string facet) => facets.GetValueOrDefault(facet) ?? [];

    private static T? TryRead<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, DocumentJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
