namespace TemplateLibrary.Search.Insights;

/// <summary>How much sharing the councils of one region do.</summary>
/// <param name="Region">The region id, or <see cref="LibraryInsights.NotStated"/> for councils the gazetteer places nowhere.</param>
/// <param name="Label">Its label.</param>
/// <param name="Councils">Distinct councils of the region in at least one arrangement.</param>
/// <param name="Memberships">The region's councils counted once per arrangement they are in.</param>
/// <param name="Arrangements">Arrangements with at least one council of the region.</param>
public sealed record RegionShare(string Region, string Label, int Councils, int Memberships, int Arrangements);
