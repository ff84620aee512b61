namespace TemplateLibrary.Web.Librarian;

/// <summary>What a manifest or an upload's form supplied for a removed document (title, summary, tags by facet), given back to
/// the ingest that restores it, so the document returns as it was and not only with the file's own metadata.</summary>
/// <param name="Title">The title it had.</param>
/// <param name="Summary">The summary it had, if any.</param>
/// <param name="Facets">The manifest's values by facet (category, model, type, council, partner, year, power).</param>
public sealed record SuppliedMetadata(string? Title, string? Summary, IReadOnlyDictionary<string, IReadOnlyList<string>> Facets);
