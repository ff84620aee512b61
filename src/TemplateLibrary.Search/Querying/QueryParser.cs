namespace TemplateLibrary.Search.Querying;

/// <summary>Builds a query tree from tokens, repairing what is malformed (stray operators, unbalanced parentheses).</summary>
/// <remarks>OR binds tighter than the implicit AND: <c>shared legal OR ict</c> is shared AND (legal OR ict).</remarks>
internal sealed class QueryParser
{
    private const int MaxDepth = 16;
    private readonly List<QueryToken> tokens;
    private readonly Action<QueryToken, bool> onField;
    private int position;
    private int depth;

    private QueryParser(List<QueryToken> tokens, Action<QueryToken, bool> onField)
    {
        this.tokens = tokens;
        this.onField = onField;
    }

    /// <summary>Parses the tokens; field filters are handed to <paramref name="onField"/> (token, negated) and left out of the tree.</summary>
    public static QueryNode? Parse(List<QueryToken> tokens, Action<QueryToken, bool> onField)
    {
        var parser = new QueryParser(tokens, onField);
        var nodes = new List<QueryNode>();
        while (parser.position < tokens.Count)
        {
            var node = parser.ParseAnd();
            if (node is not null)
            {
                nodes.Add(node);
            }

            // A closing parenthesis with no opening one is dropped.
            if (parser.Peek(QueryTokenKind.Close))
            {
                parser.position++;
            }
        }

        return Combine(nodes);
    }

    private QueryNode? ParseAnd()
    {
        var children = new List<QueryNode>();
        while (position < tokens.Count && !Peek(QueryTokenKind.Close))
        {
            if (Peek(QueryTokenKind.And) || Peek(QueryTokenKind.Or))
            {
                // An operator with nothing on its left is dropped.
                position++;
                continue;
            }

            var node = ParseOr();
            if (node is not null)
            {
                children.Add(node);
            }
        }

        return Combine(children);
    }

    private QueryNode? ParseOr()
    {
        var alternatives = new List<QueryNode>();
        var first = ParseUnary();
        if (first is not null)
        {
            alternatives.Add(first);
        }

        while (Peek(QueryTokenKind.Or))
        {
            position++;
            while (Peek(QueryTokenKind.Or) || Peek(QueryTokenKind.And))
            {
                position++;
            }

            if (position >= tokens.Count || Peek(QueryTokenKind.Close))
            {
                break; // A trailing OR is dropped.
            }

            var next = ParseUnary();
            if (next is not null)
            {
                alternatives.Add(next);
            }
        }

        return alternatives.Count switch
        {
            0 => null,
            1 => alternatives[0],
            _ => new OrNode(alternatives),
        };
    }

    private QueryNode? ParseUnary()
    {
        var negate = false;
        while (Peek(QueryTokenKind.Not))
        {
            negate = !negate;
            position++;
        }

        if (position >= tokens.Count || Peek(QueryTokenKind.Close) || Peek(QueryTokenKind.Or) || Peek(QueryTokenKind.And))
        {
            return null; // A NOT with nothing after it is dropped.
        }

        var token = tokens[position];
        if (token.Kind == QueryTokenKind.Field)
        {
            position++;
            onField(token, negate);
            return null;
        }

        var node = ParsePrimary();
        return node is null ? null : negate ? new NotNode(node) : node;
    }

    private QueryNode? ParsePrimary()
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
            case QueryTokenKind.Phrase:
                var runs = TokenRuns.Split(token.Text);
                // A prefix of one letter would expand to most of the vocabulary: treat it as a word.
                var prefix = token.IsPrefix && runs.Count > 0 && runs[^1].Length > 1;
                return runs.Count == 0 ? null : new TermNode(runs, prefix);
            case QueryTokenKind.Open:
                depth++;
                var inner = depth > MaxDepth ? null : ParseAnd();
                if (depth > MaxDepth)
                {
                    SkipGroup();
                }

                depth--;
                if (Peek(QueryTokenKind.Close))
                {
                    position++; // An unclosed group is closed at the end of the query.
                }

                return inner;
            default:
                return null;
        }
    }

    private void SkipGroup()
    {
        var level = 0;
        while (position < tokens.Count)
        {
            if (Peek(QueryTokenKind.Open))
            {
                level++;
            }
            else if (Peek(QueryTokenKind.Close))
            {
                if (level == 0)
                {
                    return;
                }

                level--;
            }

            position++;
        }
    }

    private bool Peek(QueryTokenKind kind) => position < tokens.Count && tokens[position].Kind == kind;

    private static QueryNode? Combine(List<QueryNode> nodes) => nodes.Count switch
    {
        0 => null,
        1 => nodes[0],
        _ => new AndNode(nodes),
    };
}
