namespace TemplateLibrary.Web.Library;

/// <summary>Counts of documents for each (row value, column value) pair of two facets.</summary>
internal sealed record LibraryMatrix(
    string RowFacet,
    string ColumnFacet,
    IReadOnlyList<LibraryFacetCount> Rows,
    IReadOnlyList<LibraryFacetCount> Columns,
    IReadOnlyDictionary<(string Row, string Column), int> Counts)
{
    /// <summary>The count for one cell; zero when absent.</summary>
    public int Count(string row, string column) => Counts.TryGetValue((row, column), out var n) ? n : 0;
}
