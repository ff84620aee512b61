using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Composition;

namespace TemplateLibrary.Web.Librarian;

/// <summary>Removes a document so that it stays removed (a tombstone by content hash) and restores it with its corrections,
/// recording both in the audit trail; the one implementation behind the CLI and the web.</summary>
public sealed class DocumentRemoval(LibraryIndex index, TombstoneStore tombstones, AuditLog audit, LibraryPipelines pipelines)
{
    /// <summary>Removes the document for <paramref name="user"/>.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    public Tombstone Remove(string id, string user)
    {
        var document = index.GetDocument(id) ?? throw new DocumentNotFoundException(id);
        var corrections = document.Tags.Where(t => t.Source == TagSource.Librarian)
            .GroupBy(t => t.Facet, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Value).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
        var tombstone = new Tombstone(document.Hash, id, document.Title, document.Paths, corrections, DateTimeOffset.UtcNow, user);
        tombstones.Add(tombstone);
        index.RemoveDocument(id);
        audit.Record(user, AuditActions.Remove, id, document.Title, null);
        return tombstone;
    }

    /// <summary>Brings a removed document back: re-ingests its files and applies its corrections again; returns its id.</summary>
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

        var report = pipelines.Create().Run(new IngestionRequest { Paths = paths });
        var restored = report.Files.Select(f => f.DocumentId).FirstOrDefault(d => d is not null) ?? id;
        index.Refresh();
        foreach (var (facet, values) in tombstone.Corrections)
        {
            index.SetLibrarianTags(restored, facet, values);
        }

        audit.Record(user, AuditActions.Restore, restored, null, tombstone.Title);
        return restored;
    }
}
