using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TemplateLibrary.Search.Analysis;

/// <summary>Runs the analyzer over a short text (a query, a synonym, a label) and keeps the tokens.</summary>
internal static class TextAnalysis
{
    /// <summary>The tokens of the text as the field would index them.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(0, position), offset.StartOffset, offset.EndOffset, type.Type == CitationFilter.CitationType));
        }

        stream.End();
        return tokens;
    }

    /// <summary>One token per position: where a citation stacks its subsections ("s101", "s101(5)"), the most specific.</summary>
    public static List<AnalyzedToken> OnePerPosition(List<AnalyzedToken> tokens)
    {
        var result = new List<AnalyzedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (result.Count > 0 && result[^1].Position == token.Position)
            {
                if (token.Term.Length > result[^1].Term.Length)
                {
                    result[^1] = token;
                }

                continue;
            }

            result.Add(token);
        }

        return result;
    }
}
