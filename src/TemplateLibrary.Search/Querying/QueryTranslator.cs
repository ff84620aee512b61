using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Querying;

/// <summary>Reads the users' query syntax into a tree of words and operators plus structured filters; never fails on
/// malformed input it can repair.</summary>
internal static class QueryTranslator
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>The query field of the review filter (review:due).</summary>
    public const string ReviewField = "review";

    /// <summary>Translates the query; throws <see cref="SearchQueryException"/> for what cannot be repaired.</summary>
    /// <param name="query">The user's text (null or blank to browse).</param>
    /// <param name="hasOtherFilters">True when the request already filters, so an exclusion-only query still selects something.</param>
    public static ParsedQuery Translate(string? query, bool hasOtherFilters = false)
    {
        query ??= string.Empty;
        if (query.Length > MaxLength)
        {
            throw new SearchQueryException($"query too long ({query.Length} characters; limit {MaxLength})");
        }

        var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var excluded = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int? yearFrom = null;
        int? yearTo = null;
        var reviewDue = false;

        void OnField(QueryToken token, bool negated)
        {
            var facet = token.Field!;
            if (token.Text.Length == 0)
            {
                return; // "category:" with no value is stray punctuation.
            }

            if (facet == ReviewField)
            {
                reviewDue = !negated && token.Text.Equals("due", StringComparison.OrdinalIgnoreCase)
                    ? true
                    : throw new SearchQueryException($"unknown review filter '{(negated ? "-" : string.Empty)}review:{token.Text}': use review:due");
                return;
            }

            if (facet == FacetNames.Year && !negated)
            {
                var range = YearParser.Parse(token.Text);
                if (range.IsSingle)
                {
                    Add(filters, facet, range.From!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    yearFrom = Max(yearFrom, range.From);
                    yearTo = Min(yearTo, range.To);
                }

                return;
            }

            if (facet == FacetNames.Year)
            {
                var range = YearParser.Parse(token.Text);
                if (!range.IsSingle)
                {
                    throw new SearchQueryException($"cannot exclude a year range ('{token.Text}'): use year:<2015 or year:>2020");
                }
            }

            Add(negated ? excluded : filters, facet, token.Text);
        }

        var tree = QueryParser.Parse(QueryLexer.Tokenise(query), OnField);
        var onlyExcludes = tree is not null && !HasPositive(tree);
        if (onlyExcludes)
        {
            var anyFilter = hasOtherFilters || reviewDue || filters.Count > 0 || excluded.Count > 0 || yearFrom is not null || yearTo is not null;
            if (!anyFilter)
            {
                throw new SearchQueryException("a query cannot only exclude terms: add a word to search for or a filter");
            }
        }

        if (yearFrom > yearTo)
        {
            throw new SearchQueryException($"the year range is empty ({yearFrom}..{yearTo})");
        }

        return new ParsedQuery
        {
            Tree = tree,
            Filters = filters,
            ExcludedValues = excluded,
            YearFrom = yearFrom,
            YearTo = yearTo,
            OnlyExcludes = onlyExcludes,
            ReviewDue = reviewDue,
        };
    }

    /// <summary>True when some part of the tree must or may match (an exclusion alone matches nothing).</summary>
    private static bool HasPositive(QueryNode node) => node switch
    {
        TermNode => true,
        AndNode and => and.Children.Any(HasPositive),
        OrNode or => or.Children.Any(HasPositive),
        _ => false,
    };

    private static void Add(Dictionary<string, List<string>> map, string facet, string value)
    {
        if (!map.TryGetValue(facet, out var values))
        {
            map[facet] = values = [];
        }

        if (!values.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            values.Add(value);
        }
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
