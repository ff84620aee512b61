using Lucene.Net.Search;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Facets;

/// <summary>Counts documents for every pair of values of two facets, from the same doc values search counts with.</summary>
internal static class MatrixBuilder
{
    /// <summary>The matrix of the two facets over the current versions of the searcher's documents.</summary>
    public static FacetMatrix Build(IndexSearcher searcher, string rowFacet, string columnFacet, FacetLabeler labeler)
    {
        var rowSlot = Slot(rowFacet, nameof(rowFacet));
        var columnSlot = Slot(columnFacet, nameof(columnFacet));
        var rowTotals = new Dictionary<string, int>(StringComparer.Ordinal);
        var columnTotals = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Row, string Column), int>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var facets = SegmentFacets.For(reader);
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                // Current versions only, as the searches the cells link to show them.
                if ((live is not null && !live.Get(doc)) || !facets.Current[doc])
                {
                    continue;
                }

                foreach (var row in facets.Values(rowSlot, doc))
                {
                    var rowValue = facets.Value(rowSlot, row);
                    rowTotals[rowValue] = rowTotals.GetValueOrDefault(rowValue) + 1;
                    foreach (var column in facets.Values(columnSlot, doc))
                    {
                        var key = (rowValue, facets.Value(columnSlot, column));
                        cells[key] = cells.GetValueOrDefault(key) + 1;
                    }
                }

                foreach (var column in facets.Values(columnSlot, doc))
                {
                    var columnValue = facets.Value(columnSlot, column);
                    columnTotals[columnValue] = columnTotals.GetValueOrDefault(columnValue) + 1;
                }
            }
        }

        return new FacetMatrix
        {
            RowFacet = rowFacet,
            ColumnFacet = columnFacet,
            Rows = Totals(rowTotals, rowFacet, labeler),
            Columns = Totals(columnTotals, columnFacet, labeler),
            Cells = cells
                .Select(c => new FacetMatrixCell(c.Key.Row, c.Key.Column, c.Value))
                .OrderBy(c => c.Row, StringComparer.Ordinal)
                .ThenBy(c => c.Column, StringComparer.Ordinal)
                .ToList(),
        };
    }

    private static int Slot(string facet, string parameter)
    {
        var slot = FacetNames.All.ToList().IndexOf(facet);
        return slot >= 0 ? slot : throw new ArgumentException($"unknown facet '{facet}': use {string.Join(", ", FacetNames.All)}", parameter);
    }

    private static List<FacetCount> Totals(Dictionary<string, int> totals, string facet, FacetLabeler labeler)
    {
        var list = totals.Select(t => new FacetCount(t.Key, labeler.Label(facet, t.Key), t.Value)).ToList();
        list.Sort(FacetCountsBuilder.Order);
        return list;
    }
}
