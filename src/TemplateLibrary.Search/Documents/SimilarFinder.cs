using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Schema;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Documents;

/// <summary>Finds documents like a given one: bm25 over its most distinctive words, plus a bonus per shared tag.</summary>
internal static class SimilarFinder
{
    private const int DistinctiveTerms = 8;
    private const int SampleChars = 20_000;
    private const double SharedTagBonus = 0.15;

    /// <summary>The most similar documents, best first.</summary>
    public static List<SimilarDocument> Find(SqliteConnection connection, SqliteTransaction transaction, FacetSnapshot snapshot, string id, int limit)
    {
        using var load = SqlCommands.Create(connection, transaction, "SELECT rowid, title, headings, substr(body, 1, $sample) FROM documents WHERE id = $id", "$id", "$sample");
        load.Set("$id", id);
        load.Set("$sample", SampleChars);
        long self;
        string text;
        using (var reader = load.ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new DocumentNotFoundException(id);
            }

            self = reader.GetInt64(0);
            // The title counts three times: it says most about what a document is.
            var title = reader.GetString(1);
            text = string.Join('\n', title, title, title, reader.GetString(2), reader.GetString(3));
        }

        var scores = new Dictionary<int, double>();
        var terms = DistinctiveWords(connection, transaction, text, snapshot.Documents.Count);
        if (terms.Count > 0)
        {
            var expression = "(" + string.Join(" OR ", terms.Select(t => $"\"{t}\"")) + ")";
            using var command = SqlCommands.Create(
                connection,
                transaction,
                $"SELECT rowid, {FtsMatcher.Bm25} AS score FROM documents_fts WHERE documents_fts MATCH $match AND rowid <> $self ORDER BY score LIMIT 100",
                "$match",
                "$self");
            command.Set("$match", expression);
            command.Set("$self", self);
            var raw = new List<(int Index, double Score)>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var index = snapshot.IndexOf(reader.GetInt64(0));
                    if (index >= 0)
                    {
                        raw.Add((index, -reader.GetDouble(1)));
                    }
                }
            }

            var best = raw.Count == 0 ? 1 : Math.Max(raw.Max(r => r.Score), 1e-9);
            raw.ForEach(r => scores[r.Index] = r.Score / best);
        }

        var selfIndex = snapshot.IndexOf(self);
        if (selfIndex < 0)
        {
            return [];
        }

        var source = snapshot.Documents[selfIndex];
        var results = new List<SimilarDocument>();
        for (var i = 0; i < snapshot.Documents.Count; i++)
        {
            if (i == selfIndex)
            {
                continue;
            }

            var other = snapshot.Documents[i];
            var shared = SharedTags(snapshot, source, other);
            var textScore = scores.GetValueOrDefault(i);
            if (textScore <= 0 && shared.Count == 0)
            {
                continue;
            }

            results.Add(new SimilarDocument(other.Id, other.Title, other.Path, other.Format, Math.Round(textScore + (SharedTagBonus * shared.Count), 4), shared));
        }

        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).Take(limit).ToList();
    }

    private static List<string> SharedTags(FacetSnapshot snapshot, SnapshotDocument a, SnapshotDocument b)
    {
        var shared = new List<string>();
        // Category, model, type and power: councils and years say little about what a document is.
        for (var slot = 0; slot < 4; slot++)
        {
            foreach (var id in a.Values[slot])
            {
                if (b.Values[slot].Contains(id))
                {
                    shared.Add($"{FacetSnapshot.Facets[slot]}:{snapshot.Value(slot, id)}");
                }
            }
        }

        return shared;
    }

    private static List<string> DistinctiveWords(SqliteConnection connection, SqliteTransaction transaction, string text, int documentCount)
    {
        var frequencies = TokenRuns.Split(text)
            .Select(r => r.ToLowerInvariant())
            .Where(r => r.Length >= 4 && !r.All(char.IsDigit) && !StopWords.Contains(r))
            .GroupBy(r => r, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Count: g.Count()))
            .OrderByDescending(t => t.Count)
            .Take(60)
            .ToList();
        using var frequency = SqlCommands.Create(connection, transaction, "SELECT doc FROM words_vocab WHERE term = $term", "$term");
        var weighted = new List<(string Term, double Weight)>();
        foreach (var (term, count) in frequencies)
        {
            frequency.Set("$term", term);
            var documents = frequency.ExecuteScalar() is long df ? df : 0;
            if (documents < 2 || documents * 2 > documentCount)
            {
                continue; // Only in this document it finds nothing; in most documents it tells nothing (and costs most).
            }

            weighted.Add((term, Math.Log(1 + count) * Math.Log((double)Math.Max(documentCount, 2) / documents)));
        }

        return weighted.Where(w => w.Weight > 0).OrderByDescending(w => w.Weight).Take(DistinctiveTerms).Select(w => w.Term).ToList();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "this", "that", "with", "from", "have", "will", "shall", "been", "were", "which", "their", "there", "these",
        "those", "such", "into", "other", "than", "then", "them", "they", "would", "could", "should", "also", "where",
        "when", "what", "each", "under", "over", "upon", "only", "more", "most", "some", "does", "including", "within",
        "between", "page", "about", "after", "before", "being", "both", "must", "made", "make", "very", "here",
    };
}
