using TemplateLibrary.Core.Indexing;

namespace TemplateLibrary.Core.Tests.Ingestion;

/// <summary>An index held in dictionaries, following IDocumentIndex's documented semantics.</summary>
internal sealed class InMemoryIndex : IDocumentIndex
{
    public Dictionary<string, DocumentRecord> Documents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IndexedFile> Files { get; } = new(StringComparer.Ordinal);

    public int ApplyCount { get; private set; }

    public Func<DocumentRecord, bool>? RefuseUpsert { get; set; }

    public IReadOnlyDictionary<string, IndexedFile> GetFiles() => new Dictionary<string, IndexedFile>(Files);

    public string? FindDocumentIdByHash(string hash) => Documents.Values.FirstOrDefault(d => d.Hash == hash)?.Id;

    public void Apply(IndexChangeSet changes)
    {
        if (changes.Upserts.Any(d => RefuseUpsert?.Invoke(d) == true))
        {
            throw new InvalidOperationException("refused");
        }

        ApplyCount++;
        foreach (var record in changes.Upserts)
        {
            Documents[record.Id] = record;
            Files[record.Path] = new IndexedFile(record.Path, record.Id, record.Hash, record.SizeBytes);
        }

        foreach (var file in changes.AttachPaths)
        {
            Files[file.Path] = file;
        }

        foreach (var path in changes.RemovePaths)
        {
            Files.Remove(path);
        }

        foreach (var orphan in Documents.Keys.Where(id => Files.Values.All(f => f.DocumentId != id)).ToList())
        {
            Documents.Remove(orphan);
        }
    }
}
