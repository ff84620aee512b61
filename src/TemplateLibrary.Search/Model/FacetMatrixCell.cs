namespace TemplateLibrary.Search.Model;

/// <summary>One cell of a <see cref="FacetMatrix"/>.</summary>
/// <param name="Row">The row value.</param>
/// <param name="Column">The column value.</param>
/// <param name="Count">Documents carrying both values.</param>
public sealed record FacetMatrixCell(string Row, string Column, int Count);
