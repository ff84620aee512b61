namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>Where a table cell sits, for naming the blanks in it.</summary>
/// <param name="RowLabel">The text of the row's first cell.</param>
/// <param name="ColumnHeader">The text of the column's cell in the first row.</param>
/// <param name="ColumnCount">How many cells the first row has.</param>
/// <param name="IsFirstColumn">Whether this cell is the row's first.</param>
/// <param name="IsHeaderRow">Whether this cell is in the first row.</param>
internal sealed record TableCellContext(string RowLabel, string ColumnHeader, int ColumnCount, bool IsFirstColumn, bool IsHeaderRow);
