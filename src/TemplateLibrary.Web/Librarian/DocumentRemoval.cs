using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Composition;

namespace TemplateLibrary.Web.Librarian;

/// <summary>Removes a document so that it stays removed (a tombstone by content hash) and restores it with its corrections and
/// the metadata its manifest or upload supplied, recording both in the audit trail; the one implementation behind the CLI and the web.</summary>
public sealed class DocumentRemoval(LibraryIndex index, TombstoneStore tombstones, AuditLog audit, LibraryPipelines pipelines)
{
    private static readonly Dictionary<string, string> ManifestColumns = new(StringComparer.Ordinal)
    {
        [FacetNames.Category] = "category",
        [FacetNames.Model] = "model",
        [FacetNames.Type] = "type",
        [FacetNames.Council] = "councils",
        [FacetNames.Partner] = "partners",
        [FacetNames.Year] = "year",
        [FacetNames.Power] = "powers",
    };

    /// <summary>Removes the document for <paramref name="user"/>.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    public Tombstone Remove(string id, string user)
    {
        var document = index.GetDocument(id) ?? throw new DocumentNotFoundException(id);
        var supplied = new SuppliedMetadata(document.Title, document.Summary, BySource(document.Tags, TagSource.Manifest));
        var tombstone = new Tombstone(
            document.Hash, id, document.Title, document.Paths, BySource(document.Tags, TagSource.Librarian), DateTimeOffset.UtcNow, user, supplied);
        tombstones.Add(tombstone);
        index.RemoveDocument(id);
        audit.Record(user, AuditActions.Remove, id, document.Title, null);
        return tombstone;
    }

    /// <summary>Brings a removed document back: re-ingests its files with what was supplied for them and applies its corrections again; returns its id.</summary>
    /// <exception cref="DocumentNotFoundException">No removed document has the id.</exception>
    public string Restore(string id, string user)
    {
        var tombstone = tombstones.FindById(id) ?? throw new DocumentNotFoundException(id);
        tombstones.Delete(tombstone.Hash);
        var paths = tombstone.Paths.Where(File.Exists).ToList();
        if (paths.Count == 0)
        {
            tombstones.Add(tombstone);
            throw new DocumentNotFoundException(id);
        }

        var report = pipelines.Create().Run(new IngestionRequest { Paths = paths, Manifest = Manifest(tombstone.Supplied, paths) });
        var restored = report.Files.Select(f => f.DocumentId).FirstOrDefault(d => d is not null) ?? id;
        index.Refresh();
        foreach (var (facet, values) in tombstone.Corrections)
        {
            index.SetLibrarianTags(restored, facet, values);
        }

        audit.Record(user, AuditActions.Restore, restored, null, tombstone.Title);
        return restored;
    }

    private static Dictionary<string, IReadOnlyList<string>> BySource(IEnumerable<Tag> tags, TagSource source) =>
        tags.Where(t => t.Source == source)
            .GroupBy(t => t.Facet, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Value).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);

    // One manifest row per file, read by the manifest's own reader (values checked as any manifest's), never written to disk.
    // A title alone (an upload's title field) is given back too: the file's own title may differ.
    private LibraryManifest Manifest(SuppliedMetadata supplied, IReadOnlyList<string> paths)
    {
        var baseDirectory = Path.GetDirectoryName(paths[0])!;
        var columns = ManifestReader.Columns;
        var rows = new List<(int Line, IReadOnlyList<string> Fields)> { (1, columns) };
        rows.AddRange(paths.Select((file, i) => (i + 2, (IReadOnlyList<string>)[.. columns.Select(column => Field(supplied, column, Path.GetRelativePath(baseDirectory, file)))])));
        return ManifestReader.Read("the removed document's metadata", baseDirectory, rows, pipelines.Vocabulary);
    }

    private static string Field(SuppliedMetadata supplied, string column, string relativePath) => column switch
    {
        "path" => relativePath,
        "title" => supplied.Title ?? "",
        "summary" => supplied.Summary ?? "",
        _ => ManifestColumns.FirstOrDefault(c => c.Value == column) is { Key: not null } pair && supplied.Facets.TryGetValue(pair.Key, out var values)
            ? string.Join(';', values)
            : "",
    };
}
