using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TemplateLibrary.Search.Analysis;

/// <summary>Turns a joined citation unit ("s101_5") into the citation ("s101") and, at the same position, each subsection
/// level ("s101(5)"); citations are keywords, so no stemmer touches them.</summary>
internal sealed class CitationFilter : TokenFilter
{
    /// <summary>The token type of a citation.</summary>
    public const string CitationType = "<CITATION>";

    private readonly CitationPattern pattern;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IKeywordAttribute keyword;
    private readonly ITypeAttribute type;
    private readonly Queue<string> stacked = new();
    private State? state;

    /// <summary>Wraps a token stream.</summary>
    public CitationFilter(TokenStream input, CitationPattern pattern)
        : base(input)
    {
        this.pattern = pattern;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (stacked.Count > 0)
        {
            RestoreState(state);
            term.SetEmpty().Append(stacked.Dequeue());
            increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (term.Length < 2 || !pattern.TryRead(term.Buffer.AsSpan(0, term.Length), out var forms))
        {
            return true;
        }

        keyword.IsKeyword = true;
        type.Type = CitationType;
        term.SetEmpty().Append(forms[0]);
        foreach (var form in forms.Skip(1))
        {
            stacked.Enqueue(form);
        }

        state = stacked.Count > 0 ? CaptureState() : null;
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        stacked.Clear();
        state = null;
    }
}
