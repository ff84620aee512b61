using Lucene.Net.Search;
using TemplateLibrary.Search.Indexing;

namespace TemplateLibrary.Search.Facets;

/// <summary>Narrows a query to agreements whose stated review date is before the filter's day.</summary>
internal static class ReviewFilter
{
    /// <summary>The query itself when the filter sets no review day, else the query and the review-date range.</summary>
    public static Query Apply(Query query, FacetFilter filter)
    {
        if (filter.ReviewBefore is not { } before)
        {
            return query;
        }

        return new BooleanQuery
        {
            { query, Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexFields.ReviewDay, null, before.DayNumber, minInclusive: true, maxInclusive: false), Occur.MUST },
        };
    }
}
