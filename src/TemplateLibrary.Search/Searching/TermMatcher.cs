using System.Globalization;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Searching;

/// <summary>Decides whether a word of a document is one of the query's terms (case, accents and common suffixes ignored).</summary>
/// <remarks>Called for every word of every hit's body, so it works on spans and allocates nothing for ordinary words.</remarks>
internal sealed class TermMatcher
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿźżžśšşţťŵŷ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsssttwy";
    private const int StackLimit = 128;
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> stems = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    private readonly List<string> prefixes = [];

    // Every way of matching keeps the word's first letter, so most words are turned away on it alone.
    private readonly bool[] firstLetters = new bool[128];
    private readonly bool checkFirstLetter;

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

        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        checkFirstLetter = true;
        foreach (var term in words.Concat(stems).Concat(prefixes))
        {
            if (term.Length == 0 || term[0] >= firstLetters.Length)
            {
                checkFirstLetter = false;
            }
            else
            {
                firstLetters[term[0]] = true;
            }
        }
    }

    /// <summary>True when there is nothing to mark.</summary>
    public bool IsEmpty => words.Count == 0 && prefixes.Count == 0;

    /// <summary>True when the word matches a term.</summary>
    public bool Matches(ReadOnlySpan<char> word)
    {
        if (IsEmpty)
        {
            return false;
        }

        // An ASCII letter folds to its lower case, so most words are turned away before any folding.
        if (checkFirstLetter && !word.IsEmpty && char.IsAscii(word[0]) && !firstLetters[char.ToLowerInvariant(word[0])])
        {
            return false;
        }

        var buffer = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        var folded = buffer[..Fold(word, buffer)];
        if (checkFirstLetter && (folded.Length == 0 || (folded[0] < firstLetters.Length && !firstLetters[folded[0]])))
        {
            return false;
        }

        if (wordLookup.Contains(folded))
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

        if (stems.Count == 0)
        {
            return false;
        }

        var stem = folded.Length <= StackLimit ? stackalloc char[folded.Length] : new char[folded.Length];
        return stemLookup.Contains(stem[..LightStemmer.Stem(folded, stem)]);
    }

    /// <summary>Lower case without diacritics, as the FTS tokenizer folds.</summary>
    public static string Fold(string word)
    {
        var buffer = new char[word.Length];
        return new string(buffer, 0, Fold(word, buffer));
    }

    /// <summary>Writes the folded word to <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = word.ToLowerInvariant(destination);
        if (!destination[..length].ContainsAnyExceptInRange((char)0, (char)127))
        {
            return length;
        }

        // The app runs with invariant globalization (no ICU normalisation), so Latin accents are folded by table.
        var written = 0;
        for (var i = 0; i < length; i++)
        {
            var c = destination[i];
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                destination[written++] = Plain[at];
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                destination[written++] = c;
            }
        }

        return written;
    }
}
