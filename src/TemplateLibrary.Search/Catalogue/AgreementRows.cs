using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Reads the clauses and agreement facts the catalogue stores.</summary>
internal static class AgreementRows
{
    private const string ClauseColumns = "c.ordinal, c.form, c.number, c.heading, c.text, c.start, c.length, c.page, c.parent, c.depth, c.anchor, c.is_unit, c.kinds_json";

    /// <summary>A document's clauses in document order and its facts; <see cref="AgreementAnalysis.None"/> when it has neither.</summary>
    public static AgreementAnalysis Read(SqliteConnection connection, SqliteTransaction transaction, long doc)
    {
        using var clauses = SqlCommands.Create(connection, transaction, $"SELECT {ClauseColumns} FROM clauses c WHERE c.doc = $doc ORDER BY c.ordinal", "$doc");
        clauses.Set("$doc", doc);
        var list = new List<Clause>();
        using (var reader = clauses.ExecuteReader())
        {
            while (reader.Read())
            {
                list.Add(ReadClause(reader, 0));
            }
        }

        using var facts = SqlCommands.Create(connection, transaction, "SELECT facts_json FROM agreements WHERE doc = $doc", "$doc");
        facts.Set("$doc", doc);
        var json = facts.ExecuteScalar() as string;
        var read = json is null ? AgreementFacts.None : ReadFacts(json);
        return list.Count == 0 && read == AgreementFacts.None ? AgreementAnalysis.None : new AgreementAnalysis { Clauses = list, Facts = read };
    }

    /// <summary>The unit clauses (those clause search lists) of some documents, by document rowid.</summary>
    public static Dictionary<long, List<Clause>> ReadUnits(SqliteConnection connection, SqliteTransaction transaction, long firstDoc, long lastDoc)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            $"SELECT c.doc, {ClauseColumns} FROM clauses c WHERE c.doc BETWEEN $first AND $last AND c.is_unit = 1 ORDER BY c.doc, c.ordinal",
            "$first",
            "$last");
        command.Set("$first", firstDoc);
        command.Set("$last", lastDoc);
        using var reader = command.ExecuteReader();
        var units = new Dictionary<long, List<Clause>>();
        while (reader.Read())
        {
            var doc = reader.GetInt64(0);
            if (!units.TryGetValue(doc, out var list))
            {
                units[doc] = list = [];
            }

            list.Add(ReadClause(reader, 1));
        }

        return units;
    }

    /// <summary>One clause of a document by its anchor, with the document's title, or null.</summary>
    public static DocumentClause? ReadClause(SqliteConnection connection, SqliteTransaction transaction, string documentId, string anchor)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            $"SELECT d.title, {ClauseColumns} FROM clauses c JOIN documents d ON d.rowid = c.doc WHERE d.id = $id AND c.anchor = $anchor ORDER BY c.ordinal LIMIT 1",
            "$id",
            "$anchor");
        command.Set("$id", documentId);
        command.Set("$anchor", anchor);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new DocumentClause(ClauseId.Of(documentId, anchor), documentId, reader.GetString(0), ReadClause(reader, 1)) : null;
    }

    /// <summary>Every agreement with a stated review date: document id, title and facts.</summary>
    public static List<(string Id, string Title, AgreementFacts Facts)> ReadReviewed(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqlCommands.Create(
            connection,
            transaction,
            "SELECT d.id, d.title, a.facts_json FROM agreements a JOIN documents d ON d.rowid = a.doc WHERE a.review_date IS NOT NULL ORDER BY a.review_date, d.title");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, AgreementFacts)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), ReadFacts(reader.GetString(2))));
        }

        return rows;
    }

    private static AgreementFacts ReadFacts(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AgreementFacts>(json, DocumentJson.Options) ?? AgreementFacts.None;
        }
        catch (JsonException)
        {
            return AgreementFacts.None;
        }
    }

    private static Clause ReadClause(SqliteDataReader reader, int at)
    {
        IReadOnlyList<FacetMatch> kinds;
        try
        {
            kinds = JsonSerializer.Deserialize<List<FacetMatch>>(reader.GetString(at + 12), DocumentJson.Options) ?? [];
        }
        catch (JsonException)
        {
            kinds = [];
        }

        return new Clause
        {
            Index = reader.GetInt32(at),
            Form = Enum.TryParse<ClauseForm>(reader.GetString(at + 1), out var form) ? form : ClauseForm.Section,
            Number = reader.IsDBNull(at + 2) ? null : reader.GetString(at + 2),
            Heading = reader.IsDBNull(at + 3) ? null : reader.GetString(at + 3),
            Text = reader.GetString(at + 4),
            Start = reader.GetInt32(at + 5),
            Length = reader.GetInt32(at + 6),
            Page = reader.IsDBNull(at + 7) ? null : reader.GetInt32(at + 7),
            Parent = reader.IsDBNull(at + 8) ? null : reader.GetInt32(at + 8),
            Depth = reader.GetInt32(at + 9),
            Anchor = reader.GetString(at + 10),
            IsUnit = reader.GetInt64(at + 11) != 0,
            Kinds = kinds,
        };
    }

    /// <summary>The date a stored review date names.</summary>
    public static DateOnly ParseDate(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
