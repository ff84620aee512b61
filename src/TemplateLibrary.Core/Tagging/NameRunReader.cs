using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// Reads the run of capitalised words (with joining words, commas and single line breaks) written just before or just
/// after a position: the name, or list of names, that stands before "Council" or after "London Borough of".
/// A sentence end ("Sovereignty. Each Council"), another "Council", other punctuation, a lower-case word or a blank
/// line ends the run.
/// </summary>
internal static partial class NameRunReader
{
    private const int Window = 240;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "and", "of", "the", "upon", "on", "under", "in", "le", "with", "by", "super", "nan", "AND", "OF", "THE", "UPON", "ON",
    };

    /// <summary>The run that ends at <paramref name="end"/>, in reading order; empty unless a word stands right before the end.</summary>
    public static List<NameToken> Before(string text, int end, int maxWords = 14)
    {
        var start = Math.Max(0, end - Window);
        var tokens = Tokens(text, start, end);
        var run = new List<NameToken>();
        var words = 0;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token is null || (token.Value.Kind == NameTokenKind.LineBreak && run.Count > 0 && run[^1].Kind == NameTokenKind.LineBreak))
            {
                break;
            }

            if (token.Value.Kind == NameTokenKind.Word && ++words > maxWords)
            {
                break;
            }

            run.Add(token.Value);
        }

        run.Reverse();
        while (run.Count > 0 && run[^1].Kind == NameTokenKind.LineBreak)
        {
            run.RemoveAt(run.Count - 1);
        }

        // "the Director of Communities and the County Council": a name ends right before what follows it.
        return run.Count > 0 && run[^1].Kind != NameTokenKind.Word ? [] : Trim(run);
    }

    /// <summary>The run that starts at <paramref name="start"/>.</summary>
    public static List<NameToken> After(string text, int start, int maxWords = 10)
    {
        var tokens = Tokens(text, start, Math.Min(text.Length, start + Window));
        var run = new List<NameToken>();
        var words = 0;
        foreach (var token in tokens)
        {
            if (token is null || token.Value.Kind == NameTokenKind.Comma
                || (token.Value.Kind == NameTokenKind.LineBreak && run.Count > 0 && run[^1].Kind == NameTokenKind.LineBreak))
            {
                break;
            }

            if (token.Value.Kind == NameTokenKind.Word && ++words > maxWords)
            {
                break;
            }

            run.Add(token.Value);
        }

        return Trim(run);
    }

    /// <summary>The words and joining words of tokens, as written, without commas and line breaks.</summary>
    public static List<string> Words(IEnumerable<NameToken> tokens) =>
        [.. tokens.Where(t => t.Kind is NameTokenKind.Word or NameTokenKind.Connector).Select(t => t.Text)];

    // Null marks a token that ends a run.
    private static List<NameToken?> Tokens(string text, int start, int end)
    {
        var tokens = new List<NameToken?>();
        foreach (Match m in Token().Matches(text[start..end]))
        {
            var at = start + m.Index;
            if (m.Groups["word"].Success)
            {
                var word = m.Value;
                if (Connectors.Contains(word))
                {
                    tokens.Add(new NameToken(word, NameTokenKind.Connector, at));
                }
                else if (char.IsUpper(word[0]) && (!word.EndsWith('.') || word is "St." or "ST.") && !Taxonomy.CouncilNameParts.Anchors.Contains(word))
                {
                    tokens.Add(new NameToken(word, NameTokenKind.Word, at));
                }
                else
                {
                    tokens.Add(null);
                }
            }
            else if (m.Value == "&")
            {
                tokens.Add(new NameToken("&", NameTokenKind.Connector, at));
            }
            else if (m.Value == ",")
            {
                tokens.Add(new NameToken(",", NameTokenKind.Comma, at));
            }
            else if (m.Value == "\n")
            {
                tokens.Add(new NameToken("\n", NameTokenKind.LineBreak, at));
            }
            else
            {
                tokens.Add(null);
            }
        }

        return tokens;
    }

    private static List<NameToken> Trim(List<NameToken> run)
    {
        var first = run.FindIndex(t => t.Kind == NameTokenKind.Word);
        var last = run.FindLastIndex(t => t.Kind == NameTokenKind.Word);
        return first < 0 ? [] : run.GetRange(first, last - first + 1);
    }

    // A word (letters and digits with apostrophes, hyphens or dots inside: "King's", "Stockton-on-Tees", "St."), or one
    // character of anything else; spaces and tabs are skipped, "\r" is ignored.
    [GeneratedRegex(@"(?<word>[\p{L}\p{N}][\p{L}\p{N}'\u2019]*(?:[-.][\p{L}\p{N}][\p{L}\p{N}'\u2019]*)*\.?)|\n|[^\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
