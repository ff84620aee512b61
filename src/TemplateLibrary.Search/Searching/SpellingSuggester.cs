using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Querying;
using TemplateLibrary.Search.Schema;

namespace TemplateLibrary.Search.Searching;

/// <summary>Proposes a "did you mean" query from the unstemmed vocabulary of the index.</summary>
internal static class SpellingSuggester
{
    private const int RareBelow = 3;

    /// <summary>The query with rare words replaced by close, more frequent ones, when that finds more; otherwise null.</summary>
    public static string? Suggest(SqliteConnection connection, SqliteTransaction transaction, string query, IReadOnlyList<string> words, int currentTotal)
    {
        var corrected = query;
        var changed = false;
        using var frequency = SqlCommands.Create(connection, transaction, "SELECT doc FROM words_vocab WHERE term = $term", "$term");
        using var neighbours = SqlCommands.Create(connection, transaction, "SELECT term, doc FROM words_vocab WHERE term >= $from AND term < $to", "$from", "$to");
        foreach (var word in words.Take(8))
        {
            if (word.Length < 3 || word.All(char.IsDigit))
            {
                continue;
            }

            frequency.Set("$term", word);
            var known = frequency.ExecuteScalar() is long count ? count : 0;
            if (known >= RareBelow)
            {
                continue;
            }

            var replacement = Closest(neighbours, word, known);
            if (replacement is null)
            {
                continue;
            }

            corrected = Regex.Replace(
                corrected,
                $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])",
                replacement,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(100));
            changed = true;
        }

        if (!changed || string.Equals(corrected, query, StringComparison.Ordinal))
        {
            return null;
        }

        var translated = QueryTranslator.Translate(corrected, hasOtherFilters: true);
        return translated.MatchExpression is not null && FtsMatcher.Count(connection, transaction, translated.MatchExpression) > currentTotal
            ? corrected
            : null;
    }

    private static string? Closest(SqliteCommand neighbours, string word, long knownFrequency)
    {
        // Typos rarely touch the first letter; searching its block keeps this fast on a large vocabulary.
        var first = word[0];
        neighbours.Set("$from", first.ToString());
        neighbours.Set("$to", ((char)(first + 1)).ToString());
        var cap = word.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = cap + 1;
        long bestFrequency = 0;
        using var reader = neighbours.ExecuteReader();
        while (reader.Read())
        {
            var term = reader.GetString(0);
            if (Math.Abs(term.Length - word.Length) > cap || term == word)
            {
                continue;
            }

            var distance = EditDistance.Compute(word, term, cap);
            var frequency = reader.GetInt64(1);
            if (distance > cap || frequency <= knownFrequency)
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                best = term;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return best;
    }
}
