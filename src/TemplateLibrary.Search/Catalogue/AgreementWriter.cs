using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Stores a document's clauses and agreement facts, replacing what it had.</summary>
internal sealed class AgreementWriter : IDisposable
{
    private readonly SqliteCommand clearClauses;
    private readonly SqliteCommand clearFacts;
    private readonly SqliteCommand insertClause;
    private readonly SqliteCommand insertFacts;

    public AgreementWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        clearClauses = SqlCommands.Create(connection, transaction, "DELETE FROM clauses WHERE doc = $doc", "$doc");
        clearFacts = SqlCommands.Create(connection, transaction, "DELETE FROM agreements WHERE doc = $doc", "$doc");
        insertClause = SqlCommands.Create(
            connection,
            transaction,
            """
            INSERT INTO clauses(doc, ordinal, form, number, heading, text, start, length, page, parent, depth, anchor, is_unit, kinds_json)
            VALUES ($doc, $ordinal, $form, $number, $heading, $text, $start, $length, $page, $parent, $depth, $anchor, $unit, $kinds)
            """,
            "$doc", "$ordinal", "$form", "$number", "$heading", "$text", "$start", "$length", "$page", "$parent", "$depth", "$anchor", "$unit", "$kinds");
        insertFacts = SqlCommands.Create(
            connection,
            transaction,
            "INSERT INTO agreements(doc, facts_json, review_date, review_every) VALUES ($doc, $facts, $review, $every)",
            "$doc", "$facts", "$review", "$every");
    }

    /// <summary>Replaces the document's clauses and facts; a document with neither keeps no rows.</summary>
    public void Replace(long doc, AgreementAnalysis agreement)
    {
        clearClauses.Set("$doc", doc);
        clearClauses.ExecuteNonQuery();
        clearFacts.Set("$doc", doc);
        clearFacts.ExecuteNonQuery();
        foreach (var clause in agreement.Clauses)
        {
            Insert(doc, clause);
        }

        var facts = agreement.Facts;
        if (facts == AgreementFacts.None)
        {
            return;
        }

        insertFacts.Set("$doc", doc);
        insertFacts.Set("$facts", DocumentJson.Write(facts));
        insertFacts.Set("$review", facts.Review?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insertFacts.Set("$every", facts.Review?.EveryMonths);
        insertFacts.ExecuteNonQuery();
    }

    public void Dispose()
    {
        clearClauses.Dispose();
        clearFacts.Dispose();
        insertClause.Dispose();
        insertFacts.Dispose();
    }

    private void Insert(long doc, Clause clause)
    {
        var command = insertClause;
        command.Set("$doc", doc);
        command.Set("$ordinal", clause.Index);
        command.Set("$form", clause.Form.ToString());
        command.Set("$number", clause.Number);
        command.Set("$heading", clause.Heading);
        command.Set("$text", clause.Text);
        command.Set("$start", clause.Start);
        command.Set("$length", clause.Length);
        command.Set("$page", clause.Page);
        command.Set("$parent", clause.Parent);
        command.Set("$depth", clause.Depth);
        command.Set("$anchor", clause.Anchor);
        command.Set("$unit", clause.IsUnit ? 1 : 0);
        command.Set("$kinds", DocumentJson.Write(clause.Kinds));
        command.ExecuteNonQuery();
    }
}
