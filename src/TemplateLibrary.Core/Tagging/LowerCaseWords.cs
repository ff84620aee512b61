using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// The words a text writes in lower case ("additional", "host"), read on the first question: a capitalised word the
/// text also uses in lower case is a common word, not part of a name.
/// </summary>
internal sealed partial class LowerCaseWords
{
    private readonly string text;
    private HashSet<string>? words;

    public LowerCaseWords(string text) => this.text = text;

    /// <summary>Whether the text writes <paramref name="word"/> (in any case) in lower case somewhere.</summary>
    public bool Contains(string word) =>
        (words ??= new HashSet<string>(Word().Matches(text).Select(m => m.Value), StringComparer.Ordinal)).Contains(word.ToLowerInvariant());

    [GeneratedRegex(@"\b[a-z][a-z'\u2019]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
