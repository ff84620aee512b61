using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Searching;

/// <summary>"Did you mean": replaces rare typed words by close, more frequent words of the index's unstemmed vocabulary,
/// found with Levenshtein automata over the term dictionary. Known abbreviations and citations are never replaced.</summary>
internal static class SpellingSuggester
{
    private const int RareBelow = 3;
    private const int MostWords = 8;

    /// <summary>The query with its rare words corrected, or null when nothing is worth changing.</summary>
    public static string? Suggest(IndexReader reader, string query, IReadOnlyList<string> words, Func<string, bool> isKnown)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Words);
        if (terms is null)
        {
            return null;
        }

        var corrected = query;
        var changed = false;
        foreach (var word in words.Distinct(StringComparer.Ordinal).Take(MostWords))
        {
            if (word.Length < 3 || !word.All(char.IsLetter) || isKnown(word))
            {
                continue;
            }

            var known = reader.DocFreq(new Term(IndexFields.Words, word));
            if (known >= RareBelow || Closest(terms, word, known) is not { } replacement)
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

        return changed && !string.Equals(corrected, query, StringComparison.Ordinal) ? corrected : null;
    }

    // The most frequent word at the smallest edit distance (one edit for short words, two for longer), more frequent than the word.
    private static string? Closest(Terms terms, string word, int knownFrequency)
    {
        var most = word.Length <= 4 ? 1 : 2;
        var automata = new LevenshteinAutomata(word, withTranspositions: true);
        for (var distance = 1; distance <= most; distance++)
        {
            var matches = terms.Intersect(new CompiledAutomaton(automata.ToAutomaton(distance)), null);
            string? best = null;
            var bestFrequency = knownFrequency;
            while (matches.MoveNext())
            {
                var frequency = matches.DocFreq;
                if (frequency > bestFrequency)
                {
                    var candidate = matches.Term.Utf8ToString();
                    if (candidate != word && candidate.All(char.IsLetter))
                    {
                        best = candidate;
                        bestFrequency = frequency;
                    }
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }
}
