namespace TemplateLibrary.Search.Insights;

/// <summary>A service and how widely it is shared.</summary>
/// <param name="Category">The service category id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Arrangements">Arrangements whose main service it is.</param>
/// <param name="Councils">Distinct councils in those arrangements.</param>
public sealed record ServiceShare(string Category, string Label, int Arrangements, int Councils);
