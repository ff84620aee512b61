using System.Globalization;
using System.Text;

namespace TemplateLibrary.Search.Querying;

/// <summary>Splits the user's query into tokens; never fails, whatever the input.</summary>
internal static class QueryLexer
{
    private static readonly Dictionary<string, string> FieldAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["category"] = "category",
        ["categories"] = "category",
        ["model"] = "model",
        ["type"] = "type",
        ["power"] = "power",
        ["powers"] = "power",
        ["council"] = "council",
        ["councils"] = "council",
        ["partner"] = "partner",
        ["partners"] = "partner",
        ["year"] = "year",
        ["review"] = QueryTranslator.ReviewField,
    };

    /// <summary>Tokenises the query text (already length-checked).</summary>
    public static List<QueryToken> Tokenise(string query)
    {
        var text = Clean(query);
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Open));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Close));
                i++;
            }
            else if (c == '"')
            {
                var phrase = ReadQuoted(text, ref i);
                var prefix = i < text.Length && text[i] == '*';
                if (prefix)
                {
                    i++;
                }

                tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase, IsPrefix: prefix));
            }
            else if (c is '-' or '+')
            {
                // A leading minus excludes what follows it; a plus (required) is the default anyway.
                var negate = false;
                while (i < text.Length && text[i] is '-' or '+')
                {
                    negate |= text[i] == '-';
                    i++;
                }

                if (negate && i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ')')
                {
                    tokens.Add(new QueryToken(QueryTokenKind.Not));
                }
            }
            else
            {
                tokens.Add(ReadWord(text, ref i));
            }
        }

        return tokens;
    }

    private static QueryToken ReadWord(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
        {
            i++;
        }

        var word = text[start..i];
        switch (word)
        {
            case "OR":
            case "|":
            case "||":
                return new QueryToken(QueryTokenKind.Or);
            case "AND":
            case "&&":
                return new QueryToken(QueryTokenKind.And);
            case "NOT":
                return new QueryToken(QueryTokenKind.Not);
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && FieldAliases.TryGetValue(word[..colon], out var facet))
        {
            var value = word[(colon + 1)..];
            if (value.Length == 0 && i < text.Length && text[i] == '"')
            {
                value = ReadQuoted(text, ref i);
            }

            return new QueryToken(QueryTokenKind.Field, value.Trim(), facet);
        }

        return new QueryToken(QueryTokenKind.Word, word, IsPrefix: word.EndsWith('*'));
    }

    private static string ReadQuoted(string text, ref int i)
    {
        i++; // the opening quote
        var close = text.IndexOf('"', i);
        // An unbalanced quote runs to the end of the query, as if it had been closed there.
        var end = close < 0 ? text.Length : close;
        var content = text[i..end];
        i = close < 0 ? text.Length : close + 1;
        return content;
    }

    private static string Clean(string query)
    {
        var builder = new StringBuilder(query.Length);
        foreach (var rune in query.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is 0x201C or 0x201D or 0x201E or 0x00AB or 0x00BB)
            {
                builder.Append('"');
            }
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                     or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                     or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
