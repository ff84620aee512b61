namespace TemplateLibrary.Search.Model;

/// <summary>Document counts for every pair of values of two facets (e.g. category × model).</summary>
public sealed record FacetMatrix
{
    /// <summary>The facet of the rows.</summary>
    public required string RowFacet { get; init; }

    /// <summary>The facet of the columns.</summary>
    public required string ColumnFacet { get; init; }

    /// <summary>The row values with labels and totals.</summary>
    public required IReadOnlyList<FacetCount> Rows { get; init; }

    /// <summary>The column values with labels and totals.</summary>
    public required IReadOnlyList<FacetCount> Columns { get; init; }

    /// <summary>The cells that are not zero.</summary>
    public required IReadOnlyList<FacetMatrixCell> Cells { get; init; }

    /// <summary>The count for a row and column value (0 when absent).</summary>
    public int CountOf(string rowValue, string columnValue) =>
        Cells.FirstOrDefault(c => c.Row == rowValue && c.Column == columnValue)?.Count ?? 0;
}
