namespace TemplateLibrary.Search.Analysis;

/// <summary>An analysed expression: its terms and their positions relative to the first (stop words leave gaps).</summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Terms">The terms in order.</param>
/// <param name="Positions">The position of each term, the first at 0.</param>
internal sealed record TermSequence(string Text, IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    /// <summary>Analyses an expression; null when nothing of it is indexed (only stop words).</summary>
    public static TermSequence? Of(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
    {
        var tokens = TextAnalysis.OnePerPosition(TextAnalysis.Analyze(analyzer, field, text));
        if (tokens.Count == 0)
        {
            return null;
        }

        var first = tokens[0].Position;
        return new TermSequence(text, [.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position - first)]);
    }

    /// <summary>True when the terms appear at <paramref name="start"/> of a list of query terms, in order.</summary>
    public bool StartsAt(IReadOnlyList<string> terms, int start)
    {
        if (start + Terms.Count > terms.Count)
        {
            return false;
        }

        for (var i = 0; i < Terms.Count; i++)
        {
            if (!string.Equals(terms[start + i], Terms[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
