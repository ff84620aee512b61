namespace TemplateLibrary.Web.Insights;

/// <summary>A row of a <see cref="BarChart"/>.</summary>
/// <param name="Label">What the row counts.</param>
/// <param name="Href">Where its label leads (the directory filtered on it), or null.</param>
/// <param name="Value">The number the bar shows.</param>
/// <param name="ValueText">The number as the page writes it.</param>
internal sealed record BarRow(string Label, string? Href, decimal Value, string ValueText);
