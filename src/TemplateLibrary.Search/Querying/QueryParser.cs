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
        return node switch
        {
            null => null,
            NotNode inner when negate => inner.Child, // -(-legal) is legal
            _ => negate ? new NotNode(node) : node,
        };
    }

    private QueryNode? ParsePrimary()
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
            case QueryTokenKind.Phrase:
                return Term(token);
            case QueryTokenKind.Open:
                if (depth >= MaxDepth)
                {
                    return null; // Past the limit a parenthesis is ignored: the words inside still count, ungrouped.
                }

                depth++;
                var inner = ParseAnd();
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

    private static TermNode? Term(QueryToken token)
    {
        var text = token.Text;
        var prefix = token.IsPrefix;
        if (token.Kind == QueryTokenKind.Word)
        {
            // Stray operator characters around a word ("**legal**", "^legal") are not part of it.
            var trimmed = text.Trim('*', '^', '~', ':', '+', '-', '!', '?', ',', ';', '.', '\'', '`').Replace(':', ' ');
            prefix = text.TrimEnd('.', ',', ';', '!', '?').EndsWith('*') && trimmed.Length > 0;
            text = trimmed;
        }

        var letters = text.Count(char.IsLetterOrDigit);
        if (letters == 0)
        {
            return null;
        }

        // A prefix of one letter would match most of the vocabulary: treat it as a word.
        return new TermNode(text, token.Kind == QueryTokenKind.Phrase, prefix && LastWordLength(text) > 1);
    }

    private static int LastWordLength(string text)
    {
        var length = 0;
        for (var i = text.Length - 1; i >= 0 && char.IsLetterOrDigit(text[i]); i--)
        {
            length++;
        }

        return length;
    }

    private bool Peek(QueryTokenKind kind) => position < tokens.Count && tokens[position].Kind == kind;

    private static QueryNode? Combine(List<QueryNode> nodes) => nodes.Count switch
    {
        0 => null,
        1 => nodes[0],
        _ => new AndNode(nodes),
    };
}
