using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search.Documents;

/// <summary>Counts documents for every pair of values of two facets.</summary>
internal static class MatrixBuilder
{
    /// <summary>The matrix of the two facets over every document.</summary>
    public static FacetMatrix Build(FacetSnapshot snapshot, string rowFacet, string columnFacet, FacetLabeler labeler)
    {
        var rowSlot = Slot(rowFacet, nameof(rowFacet));
        var columnSlot = Slot(columnFacet, nameof(columnFacet));
        var rowTotals = new int[snapshot.ValueCount(rowSlot)];
        var columnTotals = new int[snapshot.ValueCount(columnSlot)];
        var cells = new Dictionary<(int Row, int Column), int>();
        foreach (var document in snapshot.Documents)
        {
            foreach (var row in document.Values[rowSlot])
            {
                rowTotals[row]++;
                foreach (var column in document.Values[columnSlot])
                {
                    cells[(row, column)] = cells.GetValueOrDefault((row, column)) + 1;
                }
            }

            foreach (var column in document.Values[columnSlot])
            {
                columnTotals[column]++;
            }
        }

        return new FacetMatrix
        {
            RowFacet = rowFacet,
            ColumnFacet = columnFacet,
            Rows = Totals(snapshot, rowSlot, rowFacet, rowTotals, labeler),
            Columns = Totals(snapshot, columnSlot, columnFacet, columnTotals, labeler),
            Cells = cells
                .Select(c => new FacetMatrixCell(snapshot.Value(rowSlot, c.Key.Row), snapshot.Value(columnSlot, c.Key.Column), c.Value))
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

    private static List<FacetCount> Totals(FacetSnapshot snapshot, int slot, string facet, int[] totals, FacetLabeler labeler) =>
        totals
            .Select((count, id) => (count, value: snapshot.Value(slot, id)))
            .Where(t => t.count > 0)
            .Select(t => new FacetCount(t.value, labeler.Label(facet, t.value), t.count))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
