using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Documents;
using TemplateLibrary.Search.Duplicates;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Schema;
using TemplateLibrary.Search.Searching;

namespace TemplateLibrary.Search;

/// <summary>The document index: SQLite FTS5 full text plus tags and facets, in one database file per folder.</summary>
/// <remarks>Thread-safe; each operation takes a pooled connection. WAL mode lets other processes read while one writes.</remarks>
public sealed class LibraryIndex : IDocumentIndex, INearDuplicateFinder, IDisposable
{
    /// <summary>The database file name inside the index folder.</summary>
    public const string DatabaseFileName = "library.db";

    private readonly ConnectionFactory connections;
    private readonly LibraryIndexOptions options;
    private readonly FacetLabeler labeler;
    private readonly SearchEngine engine;
    private readonly Lock snapshotLock = new();
    private volatile FacetSnapshot? snapshot;

    private LibraryIndex(string directory, LibraryIndexOptions options, bool wasRebuilt, ConnectionFactory connections)
    {
        Directory = directory;
        this.options = options;
        this.connections = connections;
        WasRebuilt = wasRebuilt;
        labeler = new FacetLabeler(options.LabelFor);
        engine = new SearchEngine(labeler, options.CachedQueries, connections.Open, Environment.ProcessorCount);
    }

    /// <summary>The index folder.</summary>
    public string Directory { get; }

    /// <summary>The database file.</summary>
    public string DatabasePath => connections.DatabasePath;

    /// <summary>True when Open found an index of another schema version and dropped it: re-ingest the library.</summary>
    public bool WasRebuilt { get; }

    /// <summary>Opens (creating when needed) the index in a folder.</summary>
    public static LibraryIndex Open(string directory, LibraryIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new LibraryIndexOptions();
        var fullPath = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(fullPath);
        var connections = new ConnectionFactory(Path.Combine(fullPath, DatabaseFileName), options.BusyTimeout);
        bool rebuilt;
        using (var connection = connections.Open())
        {
            rebuilt = SchemaManager.Ensure(connection);
        }

        return new LibraryIndex(fullPath, options, rebuilt, connections);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IndexedFile> GetFiles()
    {
        using var connection = connections.Open();
        using var command = SqlCommands.Create(connection, null, "SELECT f.path, d.id, f.hash, f.size_bytes FROM files f JOIN documents d ON d.rowid = f.doc");
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var file = new IndexedFile(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
            files[file.Path] = file;
        }

        return files;
    }

    /// <inheritdoc />
    public string? FindDocumentIdByHash(string hash)
    {
        using var connection = connections.Open();
        using var command = SqlCommands.Create(connection, null, "SELECT id FROM documents WHERE hash = $hash ORDER BY rowid LIMIT 1", "$hash");
        command.Set("$hash", hash);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void Apply(IndexChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return; // Nothing to write: the database and its generation stay untouched.
        }

        Write((connection, transaction) =>
        {
            using var writer = new ChangeSetWriter(connection, transaction);
            writer.Apply(changes, options.Clock());
            return true;
        });
    }

    /// <summary>Searches: text query, facet filters, sort and page, with multi-select facet counts.</summary>
    /// <exception cref="SearchQueryException">The query or a filter is invalid (one-line reason).</exception>
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read((connection, transaction) => engine.Search(connection, transaction, Snapshot(connection, transaction), request));
    }

    /// <summary>Everything stored about a document, or null when the id is unknown.</summary>
    public StoredDocument? GetDocument(string id) => Read((connection, transaction) => DocumentReader.Read(connection, transaction, id));

    /// <summary>Counts and sizes of the index.</summary>
    public IndexStats GetStats() => Read((connection, transaction) => StatsReader.Read(connection, transaction, DatabasePath, labeler));

    /// <summary>Removes a document with all its paths and tags; false when the id is unknown.</summary>
    public bool RemoveDocument(string id) => Write((connection, transaction) =>
    {
        using var command = SqlCommands.Create(connection, transaction, "DELETE FROM documents WHERE id = $id", "$id");
        command.Set("$id", id);
        return command.ExecuteNonQuery() > 0;
    });

    /// <summary>Replaces a facet's librarian tags (they outrank every other source and survive re-ingestion); an empty list removes them.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    /// <exception cref="ArgumentException">The facet is unknown or a year is not four digits.</exception>
    public void SetLibrarianTags(string id, string facet, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!FacetNames.All.Contains(facet))
        {
            throw new ArgumentException($"unknown facet '{facet}': use {string.Join(", ", FacetNames.All)}", nameof(facet));
        }

        var clean = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (facet == FacetNames.Year && clean.Any(v => v.Length != 4 || !v.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("a year must be four digits", nameof(values));
        }

        Write((connection, transaction) =>
        {
            using var find = SqlCommands.Create(connection, transaction, "SELECT rowid FROM documents WHERE id = $id", "$id");
            find.Set("$id", id);
            if (find.ExecuteScalar() is not long doc)
            {
                throw new DocumentNotFoundException(id);
            }

            using var tags = new TagWriter(connection, transaction);
            tags.ReplaceFacet(doc, facet, TagSource.Librarian, clean);
            return true;
        });
    }

    /// <summary>Documents whose category, model or type is missing or only guessed below a confidence.</summary>
    public IReadOnlyList<ReviewItem> ListUncertain(double below) =>
        Read((connection, transaction) => ReviewReader.Read(connection, transaction, below));

    /// <summary>Documents resembling one document: its most distinctive terms, plus shared tags.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    public IReadOnlyList<SimilarDocument> FindSimilar(string id, int limit) =>
        Read((connection, transaction) => SimilarFinder.Find(connection, transaction, Snapshot(connection, transaction), id, Math.Clamp(limit, 1, 100)));

    /// <inheritdoc />
    public IReadOnlyList<NearDuplicate> FindNearDuplicates(string documentId, double threshold = NearDuplicateThreshold.Default) =>
        Read((connection, transaction) => NearDuplicateReader.Find(connection, transaction, documentId, threshold));

    /// <summary>Completions for search-as-you-type: matching titles, then vocabulary words.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int limit) =>
        Read((connection, transaction) => Completer.Complete(connection, transaction, prefix ?? string.Empty, Math.Clamp(limit, 1, 50)));

    /// <summary>Document counts for every pair of values of two facets, such as category × model.</summary>
    /// <exception cref="ArgumentException">A facet is unknown.</exception>
    public FacetMatrix GetMatrix(string rowFacet, string columnFacet) =>
        Read((connection, transaction) => MatrixBuilder.Build(Snapshot(connection, transaction), rowFacet, columnFacet, labeler));

    /// <summary>Releases pooled connections of this index.</summary>
    public void Dispose() => connections.ReleasePool();

    private T Read<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = connections.Open();
        // A deferred transaction reads one consistent WAL snapshot while writers carry on.
        using var transaction = connection.BeginTransaction(deferred: true);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    private T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        SqlCommands.Execute(connection, transaction, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
        transaction.Commit();
        return result;
    }

    private FacetSnapshot Snapshot(SqliteConnection connection, SqliteTransaction transaction)
    {
        var generation = FacetSnapshot.ReadGeneration(connection, transaction);
        var current = snapshot;
        if (current is not null && current.Generation == generation)
        {
            return current;
        }

        lock (snapshotLock)
        {
            if (snapshot is null || snapshot.Generation != generation)
            {
                snapshot = FacetSnapshot.Load(connection, transaction, generation);
            }

            return snapshot;
        }
    }
}
