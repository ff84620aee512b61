namespace TemplateLibrary.Search.Model;

/// <summary>The versions facet of a search: the documents matching every other filter, as current versions only and with
/// every version (<see cref="SearchRequest.AllVersions"/> says which the results show).</summary>
/// <param name="Current">Matches that are the current version of their family (or have no other version).</param>
/// <param name="All">Matches counting every version.</param>
public sealed record VersionCounts(int Current, int All);
