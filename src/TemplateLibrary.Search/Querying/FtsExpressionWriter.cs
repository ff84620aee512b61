using System.Text;

namespace TemplateLibrary.Search.Querying;

/// <summary>Writes a query tree as an FTS5 MATCH expression in which every term is a quoted string.</summary>
internal static class FtsExpressionWriter
{
    /// <summary>Returns the positive expression and the expressions to exclude.</summary>
    public static (string? Positive, List<string> Negatives) Write(QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                return (Quote(term), []);
            case NotNode not:
                var (inner, innerNegatives) = Write(not.Child);
                if (inner is null)
                {
                    // Excluding an exclusion: -(-a) is a.
                    return (innerNegatives.Count == 0 ? null : JoinOr(innerNegatives), []);
                }

                return (null, [WithExclusions(inner, innerNegatives)]);
            case AndNode and:
                var positives = new List<string>();
                var negatives = new List<string>();
                foreach (var child in and.Children)
                {
                    var (positive, childNegatives) = Write(child);
                    if (positive is not null)
                    {
                        positives.Add(positive);
                    }

                    negatives.AddRange(childNegatives);
                }

                return (positives.Count switch { 0 => null, 1 => positives[0], _ => Join(positives, " AND ") }, negatives);
            case OrNode or:
                var alternatives = new List<string>();
                foreach (var child in or.Children)
                {
                    var (positive, childNegatives) = Write(child);
                    // An alternative that only excludes cannot be expressed: it is dropped.
                    if (positive is not null)
                    {
                        alternatives.Add(WithExclusions(positive, childNegatives));
                    }
                }

                return (alternatives.Count == 0 ? null : JoinOr(alternatives), []);
            default:
                return (null, []);
        }
    }

    /// <summary>P NOT (N1 OR N2), or P alone.</summary>
    public static string WithExclusions(string positive, List<string> negatives) =>
        negatives.Count == 0 ? positive : $"({positive}) NOT {JoinOr(negatives)}";

    /// <summary>Joins alternatives with OR inside parentheses.</summary>
    public static string JoinOr(List<string> parts) => parts.Count == 1 ? parts[0] : Join(parts, " OR ");

    private static string Join(List<string> parts, string separator) => "(" + string.Join(separator, parts) + ")";

    private static string Quote(TermNode term)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < term.Runs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(term.Runs[i].Replace("\"", "\"\"", StringComparison.Ordinal));
        }

        builder.Append('"');
        if (term.IsPrefix)
        {
            builder.Append('*');
        }

        return builder.ToString();
    }
}
