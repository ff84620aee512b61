using System.Globalization;
using System.Text;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>Decides whether a word of a document is one of the query's terms (case, accents and common suffixes ignored).</summary>
internal sealed class TermMatcher
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿźżžśšşţťŵŷ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsssttwy";
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> stems = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];

    /// <summary>Builds the matcher for the query's highlight terms.</summary>
    public TermMatcher(IEnumerable<HighlightTerm> terms)
    {
        foreach (var term in terms)
        {
            var folded = Fold(term.Text);
            if (term.IsPrefix)
            {
                prefixes.Add(folded);
            }
            else
            {
                words.Add(folded);
                stems.Add(LightStemmer.Stem(folded));
            }
        }
    }

    /// <summary>True when there is nothing to mark.</summary>
    public bool IsEmpty => words.Count == 0 && prefixes.Count == 0;

    /// <summary>True when the word matches a term.</summary>
    public bool Matches(string word)
    {
        var folded = Fold(word);
        if (words.Contains(folded))
        {
            return true;
        }

        foreach (var prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return stems.Count > 0 && stems.Contains(LightStemmer.Stem(folded));
    }

    /// <summary>Lower case without diacritics, as the FTS tokenizer folds.</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsAscii))
        {
            return lower;
        }

        // The app runs with invariant globalization (no ICU normalisation), so Latin accents are folded by table.
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                builder.Append(Plain[at]);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
