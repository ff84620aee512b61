namespace TemplateLibrary.Search.Catalogue;

/// <summary>A near-duplicate found in the catalogue: its row id, id, title, path and estimated similarity.</summary>
internal sealed record Neighbour(long RowId, string Id, string Title, string Path, double Similarity);
